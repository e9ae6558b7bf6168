// Package all registers every scenario (blank imports only).
package all

import (
	_ "github.com/edfi-bench/tpr/scenarios/bulkflatten"
	_ "github.com/edfi-bench/tpr/scenarios/collectionreplace"
	_ "github.com/edfi-bench/tpr/scenarios/identitycascade"
	_ "github.com/edfi-bench/tpr/scenarios/paging"
)
