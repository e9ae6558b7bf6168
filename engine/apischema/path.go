package apischema

import (
	"fmt"
	"strings"
)

// Path is an ApiSchema JSONPath in the restricted grammar Ed-Fi uses:
// "$" followed by ".name" and "[*]" steps. It never holds numeric indices.
type Path struct {
	Canonical string
	Segs      []Seg
}

// Seg is one step: a property name, or an array wildcard.
type Seg struct {
	Prop    string
	AnyElem bool
}

// ParsePath parses and validates a restricted JSONPath.
func ParsePath(s string) (Path, error) {
	if !strings.HasPrefix(s, "$") {
		return Path{}, fmt.Errorf("path %q does not start with $", s)
	}
	p := Path{Canonical: s}
	rest := s[1:]
	for rest != "" {
		switch {
		case strings.HasPrefix(rest, "[*]"):
			if len(p.Segs) == 0 || p.Segs[len(p.Segs)-1].AnyElem {
				return Path{}, fmt.Errorf("path %q: [*] must follow a property", s)
			}
			p.Segs = append(p.Segs, Seg{AnyElem: true})
			rest = rest[3:]
		case rest[0] == '.':
			rest = rest[1:]
			end := strings.IndexAny(rest, ".[")
			if end < 0 {
				end = len(rest)
			}
			name := rest[:end]
			if name == "" {
				return Path{}, fmt.Errorf("path %q: empty property name", s)
			}
			p.Segs = append(p.Segs, Seg{Prop: name})
			rest = rest[end:]
		default:
			return Path{}, fmt.Errorf("path %q: unsupported syntax at %q (only .name and [*] are allowed)", s, rest)
		}
	}
	return p, nil
}

// MustPath parses a path known to be valid.
func MustPath(s string) Path {
	p, err := ParsePath(s)
	if err != nil {
		panic(err)
	}
	return p
}

func (p Path) String() string { return p.Canonical }

// Parent returns the path without its last segment.
func (p Path) Parent() Path {
	if len(p.Segs) == 0 {
		return p
	}
	return FromSegs(p.Segs[:len(p.Segs)-1])
}

// Last returns the last property name ("" for $ or a trailing [*]).
func (p Path) Last() string {
	if len(p.Segs) == 0 {
		return ""
	}
	return p.Segs[len(p.Segs)-1].Prop
}

// HasPrefix reports whether q is a (non-strict) segment prefix of p.
func (p Path) HasPrefix(q Path) bool {
	if len(q.Segs) > len(p.Segs) {
		return false
	}
	for i, s := range q.Segs {
		if p.Segs[i] != s {
			return false
		}
	}
	return true
}

// Join appends segments.
func (p Path) Join(segs ...Seg) Path {
	all := make([]Seg, 0, len(p.Segs)+len(segs))
	all = append(all, p.Segs...)
	all = append(all, segs...)
	return FromSegs(all)
}

// Child appends a property step.
func (p Path) Child(name string) Path { return p.Join(Seg{Prop: name}) }

// Elem appends a [*] step.
func (p Path) Elem() Path { return p.Join(Seg{AnyElem: true}) }

// Wildcards counts [*] steps.
func (p Path) Wildcards() int {
	n := 0
	for _, s := range p.Segs {
		if s.AnyElem {
			n++
		}
	}
	return n
}

// FromSegs builds the canonical string for segments.
func FromSegs(segs []Seg) Path {
	var b strings.Builder
	b.WriteByte('$')
	for _, s := range segs {
		if s.AnyElem {
			b.WriteString("[*]")
		} else {
			b.WriteByte('.')
			b.WriteString(s.Prop)
		}
	}
	return Path{Canonical: b.String(), Segs: append([]Seg(nil), segs...)}
}

// Root is "$".
var Root = Path{Canonical: "$"}
