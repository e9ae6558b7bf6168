package relational_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
)

// docWorld generates, from the merged jsonSchemaForInsert of each resource,
// one document per resource that fills every property it can: every
// optional scalar, every inlined object, every extension (_ext) property,
// two elements in every collection at every depth (one where the elements
// carry document references, so they do not repeat a reference). A
// document reference is filled with the identity of the one document
// generated for its target resource (for an abstract target, a concrete
// member's), which is generated first; since every document references the
// same document of a given resource, the equality constraints between
// references hold by construction. Descriptor values name descriptors the
// world records for the test to create first.
type docWorld struct {
	eff   *apischema.Effective
	docs  map[*apischema.Resource]map[string]any
	fail  map[*apischema.Resource]string // why a resource has no document
	busy  map[*apischema.Resource]bool   // generation in progress (cycle guard)
	order []*apischema.Resource          // dependencies first
	deps  map[*apischema.Resource][]*apischema.Resource
	need  map[apischema.QName]map[string]bool
	n     int
}

func newDocWorld(eff *apischema.Effective) *docWorld {
	return &docWorld{eff: eff, docs: map[*apischema.Resource]map[string]any{}, fail: map[*apischema.Resource]string{},
		busy: map[*apischema.Resource]bool{}, deps: map[*apischema.Resource][]*apischema.Resource{},
		need: map[apischema.QName]map[string]bool{}, n: 1000}
}

// docGen is the generation of one resource's document.
type docGen struct {
	w     *docWorld
	r     *apischema.Resource
	refs  map[string]*apischema.DocumentPath // reference object path -> mapping
	descs map[string]apischema.QName         // descriptor value path -> descriptor resource
	deps  map[*apischema.Resource]bool
	why   string
}

// doc returns the resource's generated document, generating it (and the
// documents it references) on first use.
func (w *docWorld) doc(r *apischema.Resource) (map[string]any, bool) {
	if d, ok := w.docs[r]; ok {
		return d, true
	}
	if _, failed := w.fail[r]; failed || w.busy[r] {
		return nil, false
	}
	w.busy[r] = true
	defer delete(w.busy, r)
	g := &docGen{w: w, r: r, refs: map[string]*apischema.DocumentPath{}, descs: map[string]apischema.QName{}, deps: map[*apischema.Resource]bool{}}
	for _, dp := range r.DocumentPaths {
		switch {
		case dp.IsDescriptor:
			g.descs[dp.Path.Canonical] = dp.Target
		case dp.IsReference:
			g.refs[dp.ReferenceObjectPath().Canonical] = dp
		}
	}
	body, ok := g.object(r.JSONSchema, "$", 0)
	if !ok {
		w.fail[r] = g.why
		return nil, false
	}
	w.docs[r] = body
	for d := range g.deps {
		w.deps[r] = append(w.deps[r], d)
	}
	w.order = append(w.order, r)
	return body, true
}

// concrete picks the resource a reference to target will point at.
func (w *docWorld) concrete(target apischema.QName) []*apischema.Resource {
	if r := w.eff.Resource(target); r != nil {
		return []*apischema.Resource{r}
	}
	a := w.eff.Abstract(target)
	if a == nil {
		return nil
	}
	members := append([]*apischema.Resource(nil), a.Members...)
	sort.SliceStable(members, func(i, j int) bool { return members[i].Name == "School" && members[j].Name != "School" })
	return members
}

func keyword(s *apischema.Schema, name string) (json.RawMessage, bool) {
	for _, k := range s.Keywords {
		if k.Name == name {
			return k.Value, true
		}
	}
	return nil, false
}

func intKeyword(s *apischema.Schema, name string) (int64, bool) {
	raw, ok := keyword(s, name)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return 0, false
	}
	return int64(f), true
}

// lookupPath reads a value at a (wildcard-free) path of a document.
func lookupPath(doc map[string]any, p apischema.Path) (any, bool) {
	var cur any = doc
	for _, s := range p.Segs {
		m, ok := cur.(map[string]any)
		if !ok || s.AnyElem {
			return nil, false
		}
		if cur, ok = m[s.Prop]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// reference builds the reference object of mapping dp from the document
// generated for its target.
func (g *docGen) reference(dp *apischema.DocumentPath) (map[string]any, bool) {
	for _, target := range g.w.concrete(dp.Target) {
		doc, ok := g.w.doc(target)
		if !ok {
			continue
		}
		out := map[string]any{}
		complete := true
		for _, rp := range dp.ReferencePaths {
			idPath := rp.IdentityJSONPath
			if target.QName() != dp.Target && target.SubclassType == "domainEntity" && idPath.Canonical == target.SuperclassIdentityJSONPath {
				idPath = target.IdentityJSONPaths[0]
			}
			v, ok := lookupPath(doc, idPath)
			if !ok {
				complete = false
				break
			}
			out[rp.ReferenceJSONPath.Last()] = v
		}
		if complete {
			g.deps[target] = true
			return out, true
		}
	}
	g.why = "cannot generate a " + dp.Target.String() + " to reference"
	return nil, false
}

func (g *docGen) object(s *apischema.Schema, path string, idx int) (map[string]any, bool) {
	out := map[string]any{}
	for _, p := range s.Properties {
		child := path + "." + p.Name
		var v any
		var ok bool
		if dp := g.refs[child]; dp != nil {
			v, ok = g.reference(dp)
		} else {
			v, ok = g.value(p.Schema, child, idx)
		}
		if !ok {
			if s.IsRequired(p.Name) {
				if g.why == "" {
					g.why = "cannot generate required " + child
				}
				return nil, false
			}
			continue
		}
		out[p.Name] = v
	}
	return out, true
}

// carriesReference reports whether elements at path hold a reference.
func (g *docGen) carriesReference(path string) bool {
	for p := range g.refs {
		if strings.HasPrefix(p, path+".") {
			return true
		}
	}
	return false
}

// value generates the value at path; idx is the index of the innermost
// collection element being generated (descriptor values use it, so that
// the elements of a collection differ in their descriptors).
func (g *docGen) value(s *apischema.Schema, path string, idx int) (any, bool) {
	g.w.n++
	n := g.w.n
	switch s.Type {
	case "object":
		v, ok := g.object(s, path, idx)
		if ok && len(v) == 0 {
			return nil, false
		}
		return v, ok
	case "array":
		count := 2
		if g.carriesReference(path + "[*]") {
			count = 1
		}
		var out []any
		for i := 0; i < count; i++ {
			v, ok := g.value(s.Items, path+"[*]", i)
			if !ok {
				return nil, false
			}
			out = append(out, v)
		}
		return out, true
	case "boolean":
		return n%2 == 0, true
	case "integer":
		lo, hasLo := intKeyword(s, "minimum")
		hi, hasHi := intKeyword(s, "maximum")
		if !hasLo {
			lo = 1
		}
		if !hasHi {
			hi = lo + 10000000
		}
		if strings.HasSuffix(strings.ToLower(path), "fiscalyear") {
			// Finance documents repeat the fiscal year of the dimensions
			// they reference (equality constraints): one year for all.
			return json.Number("2024"), true
		}
		if (lo >= 1900 && hi <= 2100) || strings.HasSuffix(strings.ToLower(path), "schoolyear") { // a school year
			return json.Number(strconv.FormatInt(2020+int64(n%10), 10)), true
		}
		return json.Number(strconv.FormatInt(lo+int64(n)%(hi-lo+1), 10)), true
	case "number":
		return json.Number(fmt.Sprintf("%d.5", n%9)), true
	case "string":
		if target, ok := g.descs[path]; ok {
			code := "Gen " + strconv.Itoa(idx)
			if g.w.need[target] == nil {
				g.w.need[target] = map[string]bool{}
			}
			g.w.need[target][code] = true
			return "uri://gen.example.org/" + target.Resource + "#" + code, true
		}
		day := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n%3000)
		switch s.Format {
		case "date":
			return day.Format("2006-01-02"), true
		case "date-time":
			return day.Add(time.Duration(n%1440) * time.Minute).Format("2006-01-02T15:04:05Z"), true
		case "time":
			return day.Add(time.Duration(n%86400) * time.Second).Format("15:04:05"), true
		}
		v := "g" + strconv.Itoa(n) + " " + strings.ToLower(path[strings.LastIndexByte(path, '.')+1:])
		if min, ok := intKeyword(s, "minLength"); ok && int64(len(v)) < min {
			v += strings.Repeat("x", int(min)-len(v))
		}
		if s.MaxLength > 0 && len(v) > s.MaxLength {
			v = strings.TrimSpace(v[:s.MaxLength])
		}
		return v, true
	}
	g.why = "unsupported schema type " + s.Type + " at " + path
	return nil, false
}

// Every resource of the four ApiSchema files for which a document can be
// generated — core and extension resources, every extension attached, every
// document reference filled with a real referenced document — round-trips
// a document that fills every property it can; re-POSTing it unchanged is an
// update that changes nothing visible (and, with the diff strategy, writes
// nothing). The referenced documents are loaded first, so GETs also render
// reference objects of every shape the schema has (multi-hop identities,
// abstract targets, descriptors inside identities).
func TestGeneratedMaximalDocumentsRoundTrip(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			generatedMaximalDocumentsRoundTrip(t, newSpecDBWith(t, strategy), strategy)
		})
	}
}

func generatedMaximalDocumentsRoundTrip(t *testing.T, db *specDB, strategy relational.Strategy) {
	w := newDocWorld(db.env.Effective)
	total := 0
	for _, r := range db.env.Effective.Resources() {
		if !r.IsDescriptor {
			total++
			w.doc(r)
		}
	}
	var codes []string
	for target, cs := range w.need {
		dr := db.env.Effective.Resource(target)
		if dr == nil {
			t.Fatalf("descriptor %s is not in the schema", target)
		}
		for code := range cs {
			codes = append(codes, code)
			db.post(dr.Project.EndpointName, dr.EndpointName, []byte(fmt.Sprintf(
				`{"namespace": "uri://gen.example.org/%s", "codeValue": %q, "shortDescription": %q}`, target.Resource, code, code)))
		}
	}
	failed := map[*apischema.Resource]bool{}
	for _, r := range w.order {
		name := r.Project.EndpointName + "/" + r.EndpointName
		t.Run(name, func(t *testing.T) {
			for _, d := range w.deps[r] {
				if failed[d] {
					failed[r] = true
					t.Skipf("depends on %s, which failed", d.EndpointName)
				}
			}
			failed[r] = true
			db := *db
			db.t = t
			b, err := json.Marshal(w.docs[r])
			if err != nil {
				t.Fatal(err)
			}
			doc, err := db.env.Core.Prepare(r, b)
			if err != nil {
				t.Fatalf("Prepare rejected the generated document (a generator limitation or a Core bug): %v\n%s", err, b)
			}
			if len(doc.Pruned) > 0 {
				t.Fatalf("Core pruned %v from the generated document", doc.Pruned)
			}
			res := db.post(r.Project.EndpointName, r.EndpointName, b)
			assertSameJSON(t, name+" (generated)", db.getBody(r.Project.EndpointName, r.EndpointName, res.ID), decodeJSON(t, b))

			var c dbstats.Counters
			again := db.postCtx(dbstats.WithCounters(context.Background(), &c), r.Project.EndpointName, r.EndpointName, b)
			if again.Created || again.ID != res.ID {
				t.Fatalf("re-POST = %+v, want an update of %s", again, res.ID)
			}
			if strategy == relational.Diff && (c.Snapshot().RowsWritten != 0 || again.ETag != res.ETag) {
				t.Errorf("diff strategy: unchanged re-POST wrote %d rows, _etag %s -> %s; want no writes", c.Snapshot().RowsWritten, res.ETag, again.ETag)
			}
			assertSameJSON(t, name+" (generated, re-POSTed)", db.getBody(r.Project.EndpointName, r.EndpointName, res.ID), decodeJSON(t, b))

			// PUT with every collection, at every depth, in reverse order.
			if reversed := reverseCollections(decodeJSON(t, b)); reversed != nil {
				rb, err := json.Marshal(reversed)
				if err != nil {
					t.Fatal(err)
				}
				if err := db.replaceErr(r.Project.EndpointName, r.EndpointName, res.ID, string(rb), ""); err != nil {
					t.Errorf("PUT with every collection reversed: %v", err)
				} else {
					assertSameJSON(t, name+" (collections reversed by PUT)", db.getBody(r.Project.EndpointName, r.EndpointName, res.ID), reversed)
				}
			}
			failed[r] = t.Failed()
		})
	}
	var why []string
	for r, reason := range w.fail {
		why = append(why, r.EndpointName+": "+reason)
	}
	sort.Strings(why)
	t.Logf("%d of %d resources generated and round-tripped; %d descriptor values created; not generated: %v", len(w.order), total, len(codes), why)
	if len(w.order) < total*9/10 {
		t.Errorf("only %d resources were generated; the generator has regressed", len(w.order))
	}
	db.audit()
}

// reverseCollections returns a copy of v with every array reversed, at
// every depth, or nil when v holds no array of two or more elements.
func reverseCollections(v any) any {
	changed := false
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			out := make(map[string]any, len(x))
			for k, e := range x {
				out[k] = walk(e)
			}
			return out
		case []any:
			out := make([]any, len(x))
			for i, e := range x {
				out[len(x)-1-i] = walk(e)
			}
			if len(x) > 1 {
				changed = true
			}
			return out
		}
		return v
	}
	out := walk(v)
	if !changed {
		return nil
	}
	return out
}

// loadWorld generates the world's documents and loads them, descriptors
// first, then every document after the ones it references. It returns the
// documents' ids.
func loadWorld(t *testing.T, db *specDB) (*docWorld, map[*apischema.Resource]uuid.UUID) {
	t.Helper()
	w := newDocWorld(db.env.Effective)
	for _, r := range db.env.Effective.Resources() {
		if !r.IsDescriptor {
			w.doc(r)
		}
	}
	for target, cs := range w.need {
		dr := db.env.Effective.Resource(target)
		for code := range cs {
			db.post(dr.Project.EndpointName, dr.EndpointName, []byte(fmt.Sprintf(
				`{"namespace": "uri://gen.example.org/%s", "codeValue": %q, "shortDescription": %q}`, target.Resource, code, code)))
		}
	}
	ids := map[*apischema.Resource]uuid.UUID{}
	for _, r := range w.order {
		b, err := json.Marshal(w.docs[r])
		if err != nil {
			t.Fatal(err)
		}
		ids[r] = db.post(r.Project.EndpointName, r.EndpointName, b).ID
	}
	return w, ids
}

// Every resource that allows identity updates has each of its own identity
// values (scalars and descriptors, not those it takes from references)
// changed by PUT, in a database holding a generated document of every
// resource. After each change, across all documents of the database: a
// document whose representation changed has a new _etag; every changed
// document POSTed back as it now reads is an update of itself (its
// ReferentialId was recomputed to match its new identity values). At the
// end the audit (every document's edges and ReferentialIds) is clean.
func TestIdentityUpdatesAcrossTheSchema(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			identityUpdatesAcrossTheSchema(t, newSpecDBWith(t, strategy))
		})
	}
}

func identityUpdatesAcrossTheSchema(t *testing.T, db *specDB) {
	w, ids := loadWorld(t, db)
	// read GETs every document, eight at a time.
	read := func() map[*apischema.Resource]*store.Item {
		items := make([]*store.Item, len(w.order))
		errs := make([]error, len(w.order))
		var wg sync.WaitGroup
		sem := make(chan struct{}, 8)
		for i, r := range w.order {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				items[i], errs[i] = db.env.Store.Get(context.Background(), r, ids[r])
			}()
		}
		wg.Wait()
		out := map[*apischema.Resource]*store.Item{}
		for i, r := range w.order {
			if errs[i] != nil {
				t.Fatalf("GET %s: %v", r.EndpointName, errs[i])
			}
			out[r] = items[i]
		}
		return out
	}
	changes := 0
	for _, r := range w.order {
		if !r.AllowIdentityUpdates {
			continue
		}
		for _, p := range r.IdentityJSONPaths {
			if len(p.Segs) != 1 {
				continue // taken from a reference
			}
			name := r.Project.EndpointName + "/" + r.EndpointName + " " + p.Canonical
			t.Run(name, func(t *testing.T) {
				db := *db
				db.t = t
				before := read()
				body := apiBody(t, before[r])
				old := body[p.Last()]
				switch v := old.(type) {
				case string:
					switch {
					case strings.HasPrefix(v, "uri://"):
						target := v[:strings.LastIndexByte(v, '#')]
						dr := db.env.Effective.Resource(apischema.QName{Project: r.Project.ProjectName, Resource: target[strings.LastIndexByte(target, '/')+1:]})
						if dr == nil {
							t.Skipf("cannot find the descriptor resource of %s", v)
						}
						db.post(dr.Project.EndpointName, dr.EndpointName, []byte(fmt.Sprintf(
							`{"namespace": %q, "codeValue": "Renamed", "shortDescription": "Renamed"}`, target)))
						body[p.Last()] = target + "#Renamed"
					case len(v) == 10 && v[4] == '-' && v[7] == '-':
						d, err := time.Parse("2006-01-02", v)
						if err != nil {
							t.Fatal(err)
						}
						body[p.Last()] = d.AddDate(0, 0, 1).Format("2006-01-02")
					default:
						body[p.Last()] = "r" + v[1:]
					}
				default:
					t.Skipf("identity value %v of type %T", old, old)
				}
				nb, err := json.Marshal(body)
				if err != nil {
					t.Fatal(err)
				}
				db.put(r.Project.EndpointName, r.EndpointName, ids[r], nb, store.WriteOptions{})
				changes++
				after := read()
				var changed []*apischema.Resource
				for _, o := range w.order {
					d := jsonDiff(apiBody(t, after[o]), apiBody(t, before[o]))
					if len(d) == 0 {
						continue
					}
					changed = append(changed, o)
					if after[o].ETag == before[o].ETag {
						t.Errorf("%s changed but kept _etag %s:\n  %s", o.EndpointName, after[o].ETag, strings.Join(d, "\n  "))
					}
				}
				if len(changed) == 0 {
					t.Errorf("nothing changed")
				}
				for _, o := range changed {
					b, err := json.Marshal(apiBody(t, after[o]))
					if err != nil {
						t.Fatal(err)
					}
					if res := db.post(o.Project.EndpointName, o.EndpointName, b); res.Created || res.ID != ids[o] {
						t.Errorf("%s: POST of the document as it now reads = %+v, want an update of %s", o.EndpointName, res, ids[o])
					}
				}
				t.Logf("%d documents changed", len(changed))
			})
		}
	}
	if changes < 8 {
		t.Errorf("only %d identity changes were exercised", changes)
	}
	db.audit()
}
