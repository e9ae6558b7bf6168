// Package all registers every scenario (blank imports only).
package all

import (
	_ "github.com/edfi-bench/tpr/scenarios/bulkflatten"
)
