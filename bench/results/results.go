// Package results is the versioned result format of a benchmark run (what
// `make bench` writes to results/latest.json), its Go-benchmark-format
// rendering for benchstat, and the regression gate that compares two runs.
package results

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// SchemaVersion is bumped on any incompatible change to Run; see
// results/SCHEMA.md.
const SchemaVersion = 1

// Run is one benchmark run.
type Run struct {
	SchemaVersion int         `json:"schemaVersion"`
	RunID         string      `json:"runId"`
	StartedAt     time.Time   `json:"startedAt"`
	FinishedAt    time.Time   `json:"finishedAt"`
	Commit        string      `json:"commit"`
	Dirty         bool        `json:"dirty"`
	Seed          uint64      `json:"seed"`
	Scale         int         `json:"scale"`
	Machine       Machine     `json:"machine"`
	Database      Database    `json:"database"`
	Scenarios     []*Scenario `json:"scenarios"`
}

// Machine describes where the run happened.
type Machine struct {
	Hostname    string `json:"hostname"`
	OS          string `json:"os"`
	Arch        string `json:"arch"`
	CPUs        int    `json:"cpus"`
	MemoryBytes uint64 `json:"memoryBytes"`
	GoVersion   string `json:"goVersion"`
}

// Database describes the server and the settings that move the numbers.
type Database struct {
	Kind     string            `json:"kind"`
	Version  string            `json:"version"`
	Local    bool              `json:"local"`
	Settings map[string]string `json:"settings"`
}

// Scenario is one scenario's outcome.
type Scenario struct {
	Name            string         `json:"name"`
	Description     string         `json:"description"`
	Version         int            `json:"version"`
	DurationSeconds float64        `json:"durationSeconds"`
	Params          map[string]any `json:"params,omitempty"`
	Ops             []*Op          `json:"ops"`
	Counters        []*Metric      `json:"counters"`
	Ratios          []*Metric      `json:"ratios"`
	Series          []*Series      `json:"series"`
	Notes           []string       `json:"notes,omitempty"`
	Error           string         `json:"error,omitempty"`
}

// Op is the latency distribution of one named operation, from an HDR
// histogram (milliseconds).
type Op struct {
	Name       string  `json:"name"`
	Store      string  `json:"store,omitempty"`
	Count      int64   `json:"count"`
	Errors     int64   `json:"errors"`
	MeanMs     float64 `json:"meanMs"`
	P50Ms      float64 `json:"p50Ms"`
	P95Ms      float64 `json:"p95Ms"`
	P99Ms      float64 `json:"p99Ms"`
	MaxMs      float64 `json:"maxMs"`
	PerSecond  float64 `json:"perSecond"`
	RoundTrips float64 `json:"roundTripsPerOp,omitempty"`
}

// Better says which direction of a metric is an improvement.
type Better string

// Directions.
const (
	Lower  Better = "lower"
	Higher Better = "higher"
)

// Metric is a gated number: a deterministic counter (round trips, rows
// written, WAL bytes) or a same-run ratio (engine/COPY, keyset/offset).
// The gate never looks at absolute times.
type Metric struct {
	Name   string  `json:"name"`
	Unit   string  `json:"unit,omitempty"`
	Value  float64 `json:"value"`
	Better Better  `json:"better"`
	// Threshold is the tolerated relative worsening (0.1 = 10%) before
	// `bench compare` calls it a regression.
	Threshold float64 `json:"threshold"`
	// Target, when set, is the goal from the design (05-performance-anchors).
	Target      *float64 `json:"target,omitempty"`
	Description string   `json:"description,omitempty"`
}

// MeetsTarget reports whether the value satisfies its target.
func (m *Metric) MeetsTarget() (met, has bool) {
	if m.Target == nil {
		return false, false
	}
	if m.Better == Higher {
		return m.Value >= *m.Target, true
	}
	return m.Value <= *m.Target, true
}

// Series is one line of a chart in the report.
type Series struct {
	Chart  string  `json:"chart"`
	Line   string  `json:"line"`
	XLabel string  `json:"xLabel"`
	YLabel string  `json:"yLabel"`
	LogX   bool    `json:"logX,omitempty"`
	LogY   bool    `json:"logY,omitempty"`
	Points []Point `json:"points"`
}

// Point is one (x, y) sample.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Read loads a run.
func Read(path string) (*Run, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Run
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if r.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("%s: result schema version %d, this tool reads %d", path, r.SchemaVersion, SchemaVersion)
	}
	return &r, nil
}

// Write stores a run as indented JSON.
func (r *Run) Write(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Scenario finds a scenario by name.
func (r *Run) Scenario(name string) *Scenario {
	for _, s := range r.Scenarios {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Ratio finds a ratio by name.
func (s *Scenario) Ratio(name string) *Metric {
	for _, m := range s.Ratios {
		if m.Name == name {
			return m
		}
	}
	return nil
}
