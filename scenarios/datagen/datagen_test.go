package datagen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/google/uuid"
)

var (
	coreOnce sync.Once
	coreVal  *core.Core
	coreErr  error
)

// realCore loads the DS 5.1 core ApiSchema once per test binary.
func realCore(t testing.TB) *core.Core {
	t.Helper()
	coreOnce.Do(func() {
		var eff *apischema.Effective
		eff, coreErr = apischema.LoadFiles(filepath.Join("..", "..", "..", "shared", "apischema", "ed-fi-ds-5.1-core.json"))
		if coreErr == nil {
			coreVal, coreErr = core.New(eff)
		}
	})
	if coreErr != nil {
		t.Fatal(coreErr)
	}
	return coreVal
}

// loader replays documents the way a store would: every document must pass
// Prepare, every reference and descriptor must resolve to a document loaded
// before it, and no two documents may share an identity (which would turn
// an insert into an update and change the counts).
type loader struct {
	t     testing.TB
	c     *core.Core
	known map[uuid.UUID]string // ReferentialId (and superclass alias) -> who
	fails int
}

func newLoader(t testing.TB) *loader {
	return &loader{t: t, c: realCore(t), known: map[uuid.UUID]string{}}
}

func (l *loader) failf(format string, args ...any) {
	l.t.Helper()
	l.fails++
	if l.fails <= 20 {
		l.t.Errorf(format, args...)
	}
	if l.fails == 20 {
		l.t.FailNow()
	}
}

// prepare validates docs concurrently and returns the prepared documents.
func (l *loader) prepare(name string, n int, get func(i int) Doc) []*core.Document {
	l.t.Helper()
	out := make([]*core.Document, n)
	errs := make([]error, n)
	bodies := make([]Doc, n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				doc := get(i)
				bodies[i] = doc
				r := l.c.Effective().ResourceByEndpoint("ed-fi", doc.Resource)
				if r == nil {
					errs[i] = fmt.Errorf("no resource ed-fi/%s", doc.Resource)
					continue
				}
				out[i], errs[i] = l.c.Prepare(r, doc.Body)
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			l.failf("%s[%d] (%s): %v\n%s", name, i, bodies[i].Resource, err, bodies[i].Body)
			continue
		}
		if len(out[i].Pruned) > 0 {
			l.failf("%s[%d]: over-posted properties %v", name, i, out[i].Pruned)
		}
	}
	return out
}

// load prepares and resolves docs in order.
func (l *loader) load(name string, n int, get func(i int) Doc) []*core.Document {
	l.t.Helper()
	docs := l.prepare(name, n, get)
	for i, d := range docs {
		if d == nil {
			continue
		}
		l.resolve(fmt.Sprintf("%s[%d]", name, i), d)
		who := fmt.Sprintf("%s[%d]", name, i)
		if prev, dup := l.known[d.ReferentialID]; dup {
			l.failf("%s has the identity of %s: %v", who, prev, d.Identity)
		}
		l.known[d.ReferentialID] = who
		if d.SuperclassReferentialID != uuid.Nil {
			l.known[d.SuperclassReferentialID] = who
		}
	}
	return docs
}

func (l *loader) resolve(who string, d *core.Document) {
	l.t.Helper()
	for _, r := range d.References {
		if _, ok := l.known[r.ReferentialID]; !ok {
			l.failf("%s: reference %s to %s %v does not resolve", who, r.Path, r.Target, r.Identity)
		}
	}
	for _, r := range d.Descriptors {
		if _, ok := l.known[r.ReferentialID]; !ok {
			l.failf("%s: descriptor %s %q does not resolve", who, r.Path, r.URI)
		}
	}
}

func (l *loader) loadDocs(name string, docs []Doc) []*core.Document {
	l.t.Helper()
	return l.load(name, len(docs), func(i int) Doc { return docs[i] })
}

// TestDatasetLoads loads every document of every phase at scales covering
// one school (a high school), three schools (all three bands) and two LEAs.
func TestDatasetLoads(t *testing.T) {
	scales := []int{200, 1500, 5100}
	if testing.Short() {
		scales = []int{200}
	}
	for _, students := range scales {
		t.Run(fmt.Sprintf("students=%d", students), func(t *testing.T) {
			d := New(Config{Seed: 1, Students: students})
			l := newLoader(t)
			for _, p := range d.Phases() {
				l.load(p.Name, p.Count, p.Doc)
			}
			if students == 5100 && (d.LEAs() != 2 || d.Schools() != 11) {
				t.Errorf("students=5100: %d LEAs, %d schools", d.LEAs(), d.Schools())
			}
		})
	}
}

// TestEveryDescriptorIsGenerated: the descriptors phase posts every
// descriptor of the table, under its own endpoint.
func TestEveryDescriptorIsGenerated(t *testing.T) {
	c := realCore(t)
	for _, dt := range descriptorTypes {
		r := c.Effective().ResourceByEndpoint("ed-fi", descriptorEndpoint(dt.name))
		if r == nil || !r.IsDescriptor {
			t.Errorf("%s: no descriptor resource %s", dt.name, descriptorEndpoint(dt.name))
		}
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		students, schools, leas int
	}{{1, 1, 1}, {200, 1, 1}, {1000, 2, 1}, {10000, 20, 2}, {1_000_000, 2000, 200}} {
		d := New(Config{Seed: 1, Students: tc.students})
		if d.Schools() != tc.schools || d.LEAs() != tc.leas {
			t.Errorf("students=%d: %d schools, %d LEAs; want %d, %d", tc.students, d.Schools(), d.LEAs(), tc.schools, tc.leas)
		}
		p, _ := d.Phase("studentSectionAssociations")
		if p.Count != ClassPeriods*tc.students {
			t.Errorf("students=%d: %d section associations", tc.students, p.Count)
		}
		p, _ = d.Phase("grades")
		if p.Count != ClassPeriods*GradedPeriods*tc.students {
			t.Errorf("students=%d: %d grades", tc.students, p.Count)
		}
		if tc.students == 1000 || tc.students == 10000 {
			var b bytes.Buffer
			for _, p := range d.Phases() {
				fmt.Fprintf(&b, "  %-50s %8d\n", p.Name, p.Count)
			}
			t.Logf("students=%d: %d documents\n%s", tc.students, d.Count(), b.String())
		}
	}
}

// TestSectionsAndSchedules checks the schedule at a multi-LEA scale without
// generating bodies: sections hold at most ClassSize students, every section
// has students, and a student's six sections are six courses in six class
// periods.
func TestSectionsAndSchedules(t *testing.T) {
	d := New(Config{Seed: 1, Students: 12345})
	type key struct{ k, q int }
	size := map[key]int{}
	for s := range d.Students() {
		courses := map[int]bool{}
		for p := range ClassPeriods {
			k, sl := d.enrollment(s, p)
			if sl.p != p {
				t.Fatalf("student %d period %d: section of period %d", s, p, sl.p)
			}
			courses[sl.c] = true
			size[key{k, sl.p*d.rooms(k) + sl.j}]++
		}
		if len(courses) != ClassPeriods {
			t.Fatalf("student %d takes %d distinct courses", s, len(courses))
		}
	}
	for k := range d.Schools() {
		for q := range ClassPeriods * d.rooms(k) {
			n := size[key{k, q}]
			if n == 0 || n > ClassSize {
				t.Errorf("school %d section %d: %d students", k, q, n)
			}
		}
	}
}

func phaseHash(p Phase, n int) uint64 {
	h := fnv.New64a()
	for i := range min(n, p.Count) {
		doc := p.Doc(i)
		h.Write([]byte(doc.Resource))
		h.Write([]byte{0})
		h.Write(doc.Body)
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// goldens are the FNV-64a hashes of the first goldenN documents of every
// phase for seed 1 at goldenStudents. A change here is a change of the
// generated data: bump Version.
const (
	goldenN        = 20
	goldenStudents = 1000
)

var goldens = map[string]uint64{
	"descriptors":            0xbc7e266221a88b1a,
	"schoolYearTypes":        0xfd94427d64efe539,
	"stateEducationAgencies": 0x41eb1603c631aa77,
	"localEducationAgencies": 0x946bfc5f936668c4,
	"schools":                0x685c3ab14834d9ac,
	"calendars":              0x1496b924dd08777,
	"calendarDates":          0xf2f4c123df52de85,
	"gradingPeriods":         0x52831148374c057f,
	"sessions":               0xb967e38d1e5fc6e9,
	"classPeriods":           0x7647ad155bf0f3ab,
	"locations":              0xb752a91ad15549d8,
	"courses":                0xa4bf6a7911bfefa9,
	"courseOfferings":        0x5cc7393a2ced9dc,
	"sections":               0xfba513941b662cf7,
	"students":               0x7e0cfbce772fecec,
	"staffs":                 0x9e24c18a058f4d44,
	"staffEducationOrganizationAssignmentAssociations": 0xc96c0f28c177b9df,
	"staffSectionAssociations":                         0x77b01739c81f0ded,
	"studentSchoolAssociations":                        0xb14b6d333c5935c7,
	"studentEducationOrganizationAssociations":         0x4415d2153978f294,
	"studentSectionAssociations":                       0x507e22c860330047,
	"grades":                                           0x1b4a9cdf809f5fa1,
	"assessments":                                      0xbf74b8627d2c0449,
	"assessmentItems":                                  0x3fa4a2cbd9d51caa,
	"studentAssessments":                               0xb52bd5f93b1cc190,
}

const (
	goldenFingerprint uint64 = 0x35408d0b27e94b7f
	goldenCollection  uint64 = 0x4584b2891e6d101e
	goldenMutated     uint64 = 0x7d53a0339759cb77
	goldenCascade     uint64 = 0x7887c2dd9ef458ab
)

func TestDeterministicData(t *testing.T) {
	d := New(Config{Seed: 1, Students: goldenStudents})
	var b bytes.Buffer
	for _, p := range d.Phases() {
		got := phaseHash(p, goldenN)
		fmt.Fprintf(&b, "\t%q: %#x,\n", p.Name, got)
		if want, ok := goldens[p.Name]; !ok || got != want {
			t.Errorf("phase %s: fingerprint %#x, want %#x (bump Version when the data changes on purpose)", p.Name, got, want)
		}
	}
	if len(goldens) != len(d.Phases()) {
		t.Errorf("%d goldens for %d phases", len(goldens), len(d.Phases()))
	}
	if t.Failed() {
		t.Logf("current values:\n%s", b.String())
	}
	if got := d.Fingerprint(goldenN); got != goldenFingerprint {
		t.Errorf("Fingerprint(%d) = %#x, want %#x", goldenN, got, goldenFingerprint)
	}
	// The targeted generators.
	c := LargeCollection(1, 100)
	cascade := CascadeChain(1, 100)
	for _, tc := range []struct {
		name string
		docs []Doc
		want uint64
	}{
		{"LargeCollection(1, 100)", append(append([]Doc(nil), c.Prereqs...), c.Doc()), goldenCollection},
		{"LargeCollection(1, 100).Mutate(0.1, 1)", []Doc{c.Mutate(0.1, 1).Doc()}, goldenMutated},
		{"CascadeChain(1, 100)", append(cascade.Docs(), cascade.Renamed()), goldenCascade},
	} {
		if got := phaseHash(Phase{Count: len(tc.docs), Doc: func(i int) Doc { return tc.docs[i] }}, len(tc.docs)); got != tc.want {
			t.Errorf("%s: fingerprint %#x, want %#x", tc.name, got, tc.want)
		}
	}
}

// TestSameSeedSameBytes: two Datasets with one seed agree byte for byte,
// whatever order documents are produced in; another seed differs.
func TestSameSeedSameBytes(t *testing.T) {
	a := New(Config{Seed: 42, Students: 3000})
	b := New(Config{Seed: 42, Students: 3000})
	c := New(Config{Seed: 43, Students: 3000})
	pa, pb, pc := a.Phases(), b.Phases(), c.Phases()
	for i, p := range pa {
		n := min(p.Count, 200)
		differs := false
		for j := n - 1; j >= 0; j-- { // b in reverse order
			x, y := p.Doc(j), pb[i].Doc(j)
			if x.Resource != y.Resource || !bytes.Equal(x.Body, y.Body) {
				t.Fatalf("%s[%d] differs between two datasets of one seed", p.Name, j)
			}
		}
		for j := range n {
			if !bytes.Equal(p.Doc(j).Body, pc[i].Doc(j).Body) {
				differs = true
			}
		}
		// Phases without random content (descriptors, school years,
		// calendars, grading periods, sessions, class periods, enrollments)
		// are the same for every seed.
		if seedFree[p.Name] == differs {
			t.Errorf("%s: differs across seeds = %v", p.Name, differs)
		}
	}
	if a.Fingerprint(50) != b.Fingerprint(50) || a.Fingerprint(50) == c.Fingerprint(50) {
		t.Error("Fingerprint does not follow the seed")
	}
}

var seedFree = map[string]bool{
	"descriptors": true, "schoolYearTypes": true, "calendars": true, "calendarDates": true,
	"gradingPeriods": true, "sessions": true, "classPeriods": true, "courseOfferings": true,
	"staffSectionAssociations": true, "studentSectionAssociations": true,
}

func TestLargeCollection(t *testing.T) {
	for _, n := range []int{10, 500, 5000} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			c := LargeCollection(7, n)
			l := newLoader(t)
			l.loadDocs("prereqs", c.Prereqs)
			base := l.loadDocs("collection", []Doc{c.Doc()})[0]
			if base == nil {
				return
			}
			if got := len(base.Body["addresses"].([]any)); got != n {
				t.Fatalf("%d addresses, want %d", got, n)
			}
			if !bytes.Equal(c.Doc().Body, LargeCollection(7, n).Doc().Body) {
				t.Error("LargeCollection is not deterministic")
			}
			for _, tc := range []struct {
				fraction float64
				want     int
			}{{0, 0}, {1 / float64(n), 1}, {0.1, n / 10}, {1, n}} {
				m := c.Mutate(tc.fraction, 1)
				if got := len(c.Changed(m)); got != tc.want {
					t.Errorf("Mutate(%v): %d elements changed, want %d", tc.fraction, got, tc.want)
				}
				body := m.Doc()
				if tc.want == 0 && !bytes.Equal(body.Body, c.Doc().Body) {
					t.Error("Mutate(0) changed the document")
				}
				if _, err := l.c.Prepare(l.c.Effective().ResourceByEndpoint("ed-fi", body.Resource), body.Body); err != nil {
					t.Fatalf("Mutate(%v): %v", tc.fraction, err)
				}
				// The next link of the chain differs from this one in
				// exactly its own mutations.
				m2 := m.Mutate(tc.fraction, 2)
				if got := len(m.Changed(m2)); got != tc.want {
					t.Errorf("second Mutate(%v): %d elements changed, want %d", tc.fraction, got, tc.want)
				}
				if !bytes.Equal(m2.Doc().Body, c.Mutate(tc.fraction, 1).Mutate(tc.fraction, 2).Doc().Body) {
					t.Error("Mutate is not deterministic")
				}
			}
		})
	}
}

func TestCascadeChain(t *testing.T) {
	for _, fanout := range []int{1, 10, 100, 150, 1000, 5000} {
		t.Run(fmt.Sprintf("fanout=%d", fanout), func(t *testing.T) {
			c := CascadeChain(3, fanout)
			sh := c.Shape
			deps := c.Dependents(0)
			if len(deps) != sh.Dependents() {
				t.Fatalf("%d dependents, shape says %d", len(deps), sh.Dependents())
			}
			if fanout >= 10 && (len(deps) < fanout*9/10 || len(deps) > fanout) {
				t.Errorf("fanout %d: %d dependents (%+v)", fanout, len(deps), sh)
			}
			l := newLoader(t)
			l.loadDocs("prereqs", c.Prereqs)
			session := l.loadDocs("session", []Doc{c.Session(0)})[0]
			l.loadDocs("dependents", deps)

			// The renamed session is a valid body with a new identity, and
			// the dependents as they read after the rename resolve to it.
			renamed, err := l.c.Prepare(l.c.Effective().ResourceByEndpoint("ed-fi", "sessions"), c.Renamed().Body)
			if err != nil {
				t.Fatal(err)
			}
			if session == nil || renamed.ReferentialID == session.ReferentialID {
				t.Fatal("rename keeps the identity")
			}
			after := newLoader(t)
			after.loadDocs("prereqs", c.Prereqs)
			after.loadDocs("renamed", []Doc{c.Renamed()})
			after.loadDocs("dependents after", c.Dependents(1))
			if !bytes.Equal(c.Session(0).Body, CascadeChain(3, fanout).Session(0).Body) {
				t.Error("CascadeChain is not deterministic")
			}
		})
	}
}

// BenchmarkPhases measures document generation per phase (no validation).
func BenchmarkPhases(b *testing.B) {
	d := New(Config{Seed: 1, Students: 10000})
	for _, p := range d.Phases() {
		b.Run(p.Name, func(b *testing.B) {
			b.ReportAllocs()
			i, bytes := 0, 0
			for b.Loop() {
				bytes += len(p.Doc(i % p.Count).Body)
				i++
			}
			b.ReportMetric(float64(bytes)/float64(i), "B/doc")
		})
	}
}

// BenchmarkDataset generates every document of a 1,000-student dataset.
func BenchmarkDataset(b *testing.B) {
	d := New(Config{Seed: 1, Students: 1000})
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, p := range d.Phases() {
			for i := range p.Count {
				n += len(p.Doc(i).Body)
			}
		}
		b.SetBytes(int64(n))
	}
	b.ReportMetric(float64(d.Count()), "docs/op")
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote`, `back\slash`, "tab\tnew\nline\x01", "café ünïcode 日本", "bad\xffutf8", "<&>\u2028"} {
		var got string
		if err := json.Unmarshal(appendString(nil, s), &got); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Errorf("%q round-trips as %q", s, got)
		}
	}
	if got := string(obj{{"a", nil}, {"b", arr{obj{{"c", arr{}}}}}, {"d", 1}, {"e", obj{}}}.body()); got != `{"d":1}` {
		t.Errorf("empty values: %s", got)
	}
}
