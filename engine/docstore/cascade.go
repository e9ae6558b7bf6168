package docstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
)

// The identity-update cascade, the way upstream does it in application code
// (UpdateDocumentById.cs recursivelyCascadeUpdates + Core's
// UpdateCascadeHandler): for a document whose identity changed, read every
// document that references it (one statement, row-locked), and for each
// one, rewrite the reference values embedded in its JSON and save it with
// its own UPDATE; when the rewritten reference is part of that document's
// identity, recompute its ReferentialIds (Core.Prepare on the rewritten
// body), move its aliases and recurse. Reference rows are never rewritten:
// they point at alias rows, which keep their Id (the FK's ON UPDATE CASCADE
// carries an alias's new partition key into them).
//
// Per referencing document that costs one UPDATE round trip plus, for an
// identity change, an alias UPDATE and a referrer SELECT; plus one referrer
// SELECT for the seed. Two deliberate corrections to upstream, both in the
// brief's terms ("recompute their aliases and recurse for documents whose
// identity includes that reference"):
//   - upstream never updates a cascaded document's aliases (its new
//     identity does not resolve afterwards, its old one still does); we do;
//   - upstream recurses for every referencing document (its isIdentityUpdate
//     test compares the identity paths with themselves, so it is always
//     true), costing a referrer SELECT per document; we recurse only where
//     the identity changed.

// findReferrersSQL is FindReferencingDocumentsByDocumentId.
const findReferrersSQL = `SELECT d.id, d.documentpartitionkey, d.documentuuid, d.projectname, d.resourcename, d.edfidoc
FROM ` + Schema + `.document d
JOIN ` + Schema + `.reference r ON d.id = r.parentdocumentid AND d.documentpartitionkey = r.parentdocumentpartitionkey
WHERE r.referenceddocumentid = $1 AND r.referenceddocumentpartitionkey = $2
ORDER BY d.resourcename
FOR NO KEY UPDATE`

// updateCascadedSQL saves a rewritten referencing document.
const updateCascadedSQL = `UPDATE ` + Schema + `.document SET edfidoc = $1, lastmodifiedat = $2
WHERE documentpartitionkey = $3 AND id = $4`

// changed is a document whose identity changed: old and new bodies without
// the server-generated members.
type changed struct {
	res *apischema.Resource
	id  int64
	pk  int16
	old map[string]any
	new map[string]any
}

type cascade struct {
	s  *Store
	tx pgx.Tx
	lm time.Time
	// Stats, for tests and benchmarks.
	Rewritten int // referencing documents rewritten
	Renamed   int // of which changed identity (aliases moved)
}

type referrer struct {
	id       int64
	pk       int16
	uuid     uuid.UUID
	project  string
	resource string
	raw      []byte
}

func (c *cascade) run(ctx context.Context, d *changed) error {
	rows, err := c.tx.Query(ctx, findReferrersSQL, d.id, d.pk)
	if err != nil {
		return err
	}
	var refs []referrer
	seen := map[[2]int64]bool{}
	for rows.Next() {
		var x referrer
		if err := rows.Scan(&x.id, &x.pk, &x.uuid, &x.project, &x.resource, &x.raw); err != nil {
			rows.Close()
			return err
		}
		// A document referencing both aliases of a subclass comes twice.
		k := [2]int64{x.id, int64(x.pk)}
		if !seen[k] {
			seen[k] = true
			refs = append(refs, x)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, x := range refs {
		if err := c.rewrite(ctx, d, x); err != nil {
			return err
		}
	}
	return nil
}

// rewrite applies d's identity change to one referencing document.
func (c *cascade) rewrite(ctx context.Context, d *changed, x referrer) error {
	rx := c.s.eff.Resource(apischema.QName{Project: x.project, Resource: x.resource})
	if rx == nil {
		return fmt.Errorf("docstore: cascade: %s.%s is not in the effective schema", x.project, x.resource)
	}
	body, err := decodeDoc(x.raw)
	if err != nil {
		return err
	}
	stripMeta(body)
	matched, identity, err := rewriteReferences(rx, body, d)
	if err != nil {
		return err
	}
	if matched == 0 {
		return fmt.Errorf("docstore: cascade: %s %s references %s document %d but holds no reference with its old identity",
			rx.Name, x.uuid, d.res.Name, d.id)
	}
	newBody := body
	var prepared *core.Document
	if identity {
		// The rewritten reference is part of x's identity: recompute its
		// ReferentialIds the way a write would.
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		if prepared, err = c.s.core.Prepare(rx, raw); err != nil {
			return err
		}
		newBody = prepared.Body
	}
	canonical, err := canonicalJSON(newBody)
	if err != nil {
		return err
	}
	if _, err := c.tx.Exec(ctx, updateCascadedSQL, stored(canonical, x.uuid, contentETag(canonical), c.lm), c.lm, x.pk, x.id); err != nil {
		return err
	}
	c.Rewritten++
	if !identity {
		return nil
	}
	c.Renamed++
	// x's body before the rewrite, for its own referrers.
	old, err := decodeDoc(x.raw)
	if err != nil {
		return err
	}
	stripMeta(old)
	ids, pks := aliasKeys(prepared)
	if _, err := c.tx.Exec(ctx, updateAliasesSQL, x.pk, x.id, ids, pks); err != nil {
		return err
	}
	return c.run(ctx, &changed{res: rx, id: x.id, pk: x.pk, old: old, new: newBody})
}

// refField is one field of a reference object with the referenced
// document's old and new values.
type refField struct {
	prop       string
	old, new   any
	descriptor bool
	inIdentity bool
}

// rewriteReferences replaces, in body (a document of resource rx), the
// values of every reference to d that holds d's old identity with d's new
// identity. It returns how many reference objects it rewrote and whether a
// rewritten field is part of rx's identity.
func rewriteReferences(rx *apischema.Resource, body map[string]any, d *changed) (int, bool, error) {
	matched := 0
	identity := false
	for _, dp := range rx.DocumentPaths {
		if !dp.IsReference || dp.IsDescriptor || len(dp.ReferencePaths) == 0 {
			continue
		}
		viaSuper := false
		switch {
		case dp.Target == d.res.QName():
		case d.res.IsSubclass && dp.Target == d.res.Superclass():
			viaSuper = true
		default:
			continue
		}
		fields := make([]refField, 0, len(dp.ReferencePaths))
		differs := false
		for _, rp := range dp.ReferencePaths {
			path := rp.IdentityJSONPath
			if viaSuper && d.res.SubclassType == "domainEntity" && len(d.res.IdentityJSONPaths) > 0 {
				// EducationOrganization's educationOrganizationId is the
				// School's schoolId.
				path = d.res.IdentityJSONPaths[0]
			}
			ov, ok1 := lookup(d.old, path.Segs)
			nv, ok2 := lookup(d.new, path.Segs)
			if !ok1 || !ok2 {
				return 0, false, fmt.Errorf("docstore: cascade: %s identity %s not found in the old or new document", d.res.Name, path)
			}
			f := refField{prop: rp.ReferenceJSONPath.Last(), old: ov, new: nv,
				descriptor: core.IsDescriptorIdentityPath(path.Canonical),
				inIdentity: rx.IsIdentityPath(rp.ReferenceJSONPath.Canonical)}
			if !sameValue(ov, nv, f.descriptor) {
				differs = true
			}
			fields = append(fields, f)
		}
		if !differs {
			continue
		}
		eachObject(body, dp.ReferenceObjectPath().Segs, func(obj map[string]any) {
			for _, f := range fields {
				if v, ok := obj[f.prop]; !ok || !sameValue(v, f.old, f.descriptor) {
					return
				}
			}
			matched++
			for _, f := range fields {
				if !sameValue(obj[f.prop], f.new, f.descriptor) {
					obj[f.prop] = f.new
					if f.inIdentity {
						identity = true
					}
				}
			}
		})
	}
	return matched, identity, nil
}

// lookup returns the value at a property-only path.
func lookup(m map[string]any, segs []apischema.Seg) (any, bool) {
	var cur any = m
	for _, s := range segs {
		o, ok := cur.(map[string]any)
		if !ok || s.AnyElem {
			return nil, false
		}
		if cur, ok = o[s.Prop]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// eachObject calls f for every object at segs, expanding [*] steps.
func eachObject(v any, segs []apischema.Seg, f func(map[string]any)) {
	if len(segs) == 0 {
		if o, ok := v.(map[string]any); ok {
			f(o)
		}
		return
	}
	if segs[0].AnyElem {
		if a, ok := v.([]any); ok {
			for _, e := range a {
				eachObject(e, segs[1:], f)
			}
		}
		return
	}
	if o, ok := v.(map[string]any); ok {
		if c, ok := o[segs[0].Prop]; ok {
			eachObject(c, segs[1:], f)
		}
	}
}

// sameValue compares two identity values the way ReferentialIds do:
// numbers by their canonical form, descriptor URIs case-insensitively.
func sameValue(a, b any, descriptor bool) bool {
	switch x := a.(type) {
	case json.Number:
		y, ok := b.(json.Number)
		if !ok {
			return false
		}
		if x == y {
			return true
		}
		cx, err1 := core.CanonicalNumber(string(x))
		cy, err2 := core.CanonicalNumber(string(y))
		return err1 == nil && err2 == nil && cx == cy
	case string:
		y, ok := b.(string)
		if !ok {
			return false
		}
		if descriptor {
			return core.NormalizeURI(x) == core.NormalizeURI(y)
		}
		return x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	}
	return false
}
