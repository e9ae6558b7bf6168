package relational

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/store"
)

const docMetaSQL = `SELECT "DocumentId", "DocumentUuid", "Etag", "LastModifiedAt" FROM "dms"."Document" WHERE "DocumentId" = ANY($1)`

const descriptorRowsSQL = `SELECT "DocumentId", "Namespace", "CodeValue", "ShortDescription", "Description", "EffectiveBeginDate", "EffectiveEndDate"
FROM "dms"."Descriptor" WHERE "DocumentId" = ANY($1) ORDER BY "DocumentId"`

// Get implements store.Store: one round trip to find the document, one
// pipelined batch (in a read-only REPEATABLE READ transaction, so every
// statement sees one snapshot) to read all its tables and projections.
func (s *Store) Get(ctx context.Context, r *apischema.Resource, id uuid.UUID) (*store.Item, error) {
	d, err := s.lookupUUID(ctx, s.db, id)
	if err != nil {
		return nil, err
	}
	if d == nil || d.project != r.Project.ProjectName || d.resource != r.Name {
		return nil, store.NotFound()
	}
	items, err := s.hydrate(ctx, r, []int64{d.id})
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, store.NotFound()
	}
	return items[0], nil
}

// hydrate renders the documents with the given ids, in that order (ids
// missing by the time the batch runs are skipped). The number of statements
// is fixed by the resource's shape, never by the number of documents or
// collection elements.
func (s *Store) hydrate(ctx context.Context, r *apischema.Resource, ids []int64) ([]*store.Item, error) {
	pl, err := s.plan(r)
	if err != nil {
		return nil, err
	}
	b := &pgx.Batch{}
	b.Queue("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
	b.Queue(docMetaSQL, ids)
	if r.IsDescriptor {
		b.Queue(descriptorRowsSQL, ids)
	} else {
		for _, tp := range pl.tables {
			b.Queue(tp.selectSQL, ids)
		}
		for _, p := range pl.projections {
			b.Queue(p.pageSQL, ids)
		}
		if pl.descSQL != "" {
			b.Queue(pl.descSQL, ids)
		}
	}
	b.Queue("COMMIT")
	br := s.db.SendBatch(ctx, b)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return nil, err
	}
	type meta struct {
		uuid uuid.UUID
		etag int64
		lm   time.Time
	}
	metas := map[int64]meta{}
	rows, err := br.Query()
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var m meta
		if err := rows.Scan(&id, &m.uuid, &m.etag, &m.lm); err != nil {
			rows.Close()
			return nil, err
		}
		metas[id] = m
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	bodies := map[int64]*bytes.Buffer{}
	if r.IsDescriptor {
		if err := readDescriptors(br, bodies); err != nil {
			return nil, err
		}
	} else {
		if err := s.readResource(br, pl, bodies); err != nil {
			return nil, err
		}
	}
	if _, err := br.Exec(); err != nil {
		return nil, err
	}
	items := make([]*store.Item, 0, len(ids))
	for _, id := range ids {
		m, ok := metas[id]
		body := bodies[id]
		if !ok || body == nil {
			continue
		}
		var out bytes.Buffer
		out.Grow(body.Len() + 128)
		out.WriteString(`{"id":"`)
		out.WriteString(m.uuid.String())
		out.WriteByte('"')
		if body.Len() > 0 {
			out.WriteByte(',')
			out.Write(body.Bytes())
		}
		out.WriteString(`,"_etag":"`)
		out.WriteString(strconv.FormatInt(m.etag, 10))
		out.WriteString(`","_lastModifiedDate":"`)
		out.WriteString(m.lm.UTC().Format("2006-01-02T15:04:05Z"))
		out.WriteString(`"}`)
		items = append(items, &store.Item{ID: m.uuid, ETag: store.FormatETag(m.etag), LastModified: m.lm, JSON: out.Bytes()})
	}
	return items, nil
}

func readDescriptors(br pgx.BatchResults, bodies map[int64]*bytes.Buffer) error {
	rows, err := br.Query()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var ns, cv, sd string
		var desc *string
		var begin, end *time.Time
		if err := rows.Scan(&id, &ns, &cv, &sd, &desc, &begin, &end); err != nil {
			return err
		}
		var b bytes.Buffer
		first := true
		for _, kv := range []struct {
			k string
			v *string
		}{{"codeValue", &cv}, {"description", desc}, {"effectiveBeginDate", fmtDate(begin)}, {"effectiveEndDate", fmtDate(end)},
			{"namespace", &ns}, {"shortDescription", &sd}} {
			if kv.v == nil {
				continue
			}
			writeKey(&b, kv.k, &first)
			writeJSONString(&b, *kv.v)
		}
		bodies[id] = &b
	}
	return rows.Err()
}

func fmtDate(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format("2006-01-02")
	return &s
}

func (s *Store) readResource(br pgx.BatchResults, pl *resourcePlan, bodies map[int64]*bytes.Buffer) error {
	// Rows arrive in key order, parents before children, so each row's
	// parent is already indexed when it is read.
	index := make([]map[string]*rowNode, len(pl.tables))
	var roots []*rowNode
	rootIDs := []int64{}
	for ti, tp := range pl.tables {
		index[ti] = map[string]*rowNode{}
		rows, err := br.Query()
		if err != nil {
			return err
		}
		nkey := len(tp.t.Key)
		var parentIdx int
		nparent := 0
		if tp.t.Parent != nil {
			parentIdx = pl.byT[tp.t.Parent].index
			nparent = len(tp.t.Parent.Key)
		}
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				return err
			}
			n := &rowNode{vals: vals}
			index[ti][keyString(vals[:nkey])] = n
			if tp.t.Parent == nil {
				roots = append(roots, n)
				rootIDs = append(rootIDs, vals[0].(int64))
				continue
			}
			parent := index[parentIdx][keyString(vals[:nparent])]
			if parent == nil {
				continue // parent row changed concurrently; the snapshot makes this unreachable
			}
			if parent.kids == nil {
				parent.kids = map[*tablePlan][]*rowNode{}
			}
			parent.kids[tp] = append(parent.kids[tp], n)
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	rc := &readContext{pl: pl, ids: map[apischema.QName]map[int64][]any{}, projs: map[apischema.QName]*projection{}, uris: map[int64]string{}}
	for _, p := range pl.projections {
		rows, err := br.Query()
		if err != nil {
			return err
		}
		m := map[int64][]any{}
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				return err
			}
			m[vals[0].(int64)] = vals[1:]
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rc.ids[p.target] = m
		rc.projs[p.target] = p
	}
	if pl.descSQL != "" {
		rows, err := br.Query()
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var uri string
			if err := rows.Scan(&id, &uri); err != nil {
				rows.Close()
				return err
			}
			rc.uris[id] = uri
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for i, root := range roots {
		var b bytes.Buffer
		first := true
		rc.writeObject(&b, pl.emit.props, root, &first)
		bodies[rootIDs[i]] = &b
	}
	return nil
}

// keyString renders a row key (int64 root id, int32 ordinals) as a map key.
func keyString(vals []any) string {
	buf := make([]byte, 0, 8*len(vals))
	for i, v := range vals {
		if i > 0 {
			buf = append(buf, '/')
		}
		switch x := v.(type) {
		case int64:
			buf = strconv.AppendInt(buf, x, 10)
		case int32:
			buf = strconv.AppendInt(buf, int64(x), 10)
		default:
			buf = fmt.Append(buf, x)
		}
	}
	return string(buf)
}
