package relational_test

import (
	"testing"

	"github.com/edfi-bench/tpr/engine/enginetest"
)

func TestMain(m *testing.M) { enginetest.Main(m) }
