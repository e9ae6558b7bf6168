// Package bench is the benchmark harness: a small scenario interface with
// registration by name, the environment scenarios run in (databases cloned
// from a provisioned template, both stores, seeded data), HDR-histogram
// recording per operation, deterministic counters, and the runner that
// writes results. Scenarios live in scenarios/<name> and register
// themselves in init(); the runner never branches on a scenario's name.
package bench

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/edfi-bench/tpr/bench/results"
)

// Scenario is one registered benchmark.
type Scenario interface {
	// Run measures and returns the scenario's results. It must honour ctx
	// and use env for databases, stores, data and recording.
	Run(ctx context.Context, env *Env) (*results.Scenario, error)
}

// Meta describes a scenario. Bump Version whenever what it generates or
// measures changes, so results stay comparable only when they should be.
type Meta struct {
	Name        string
	Description string
	Version     int
	// Default is false for scenarios `make bench` does not run unless asked.
	Default bool
	New     func() Scenario
}

var registry = struct {
	sync.Mutex
	m map[string]Meta
}{m: map[string]Meta{}}

// Register adds a scenario; a duplicate name is a programming error.
func Register(m Meta) {
	registry.Lock()
	defer registry.Unlock()
	if _, dup := registry.m[m.Name]; dup {
		panic("bench: scenario registered twice: " + m.Name)
	}
	registry.m[m.Name] = m
}

// Get finds a scenario by name.
func Get(name string) (Meta, error) {
	registry.Lock()
	defer registry.Unlock()
	m, ok := registry.m[name]
	if !ok {
		var names []string
		for n := range registry.m {
			names = append(names, n)
		}
		sort.Strings(names)
		return Meta{}, fmt.Errorf("no scenario %q (registered: %v)", name, names)
	}
	return m, nil
}

// Registered lists the scenarios by name.
func Registered() []Meta {
	registry.Lock()
	defer registry.Unlock()
	out := make([]Meta, 0, len(registry.m))
	for _, m := range registry.m {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
