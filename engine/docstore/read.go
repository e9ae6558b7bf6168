package docstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

var _ store.Store = (*Store)(nil)

// getSQL is FindDocumentEdfiDocByDocumentUuid (shared upstream by GET and
// DELETE, hence its row lock). The stored document is the response.
const getSQL = `SELECT edfidoc, edfidoc->>'_etag', lastmodifiedat FROM ` + Schema + `.document
WHERE documentpartitionkey = $1 AND documentuuid = $2 AND resourcename = $3 AND projectname = $4`

// Get implements store.Store: one statement, the stored JSON as is.
func (s *Store) Get(ctx context.Context, r *apischema.Resource, id uuid.UUID) (*store.Item, error) {
	sql := getSQL
	if !s.opts.NoReadLocks {
		sql += " FOR NO KEY UPDATE"
	}
	var it store.Item
	var etag *string
	err := s.db.QueryRow(ctx, sql, partitionKey(id), id, r.Name, r.Project.ProjectName).Scan(&it.JSON, &etag, &it.LastModified)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, store.NotFound()
	}
	if err != nil {
		return nil, err
	}
	it.ID = id
	if etag != nil {
		it.ETag = *etag
	}
	return &it, nil
}

// Query implements store.Store (GET many) as SqlAction's
// GetAllDocumentsByResourceNameAsync and GetTotalDocumentsForResourceName:
// in one READ COMMITTED transaction, the count when asked, then the page,
// ordered by CreatedAt with OFFSET/FETCH. Each filter is JSONB containment
// (EdfiDoc @> {...}, served by the GIN jsonb_path_ops index), the paths of
// one term ORed.
//
// Keyset paging is not part of the baseline: a PageToken is a 400, and
// Keyset (asking for a first token) is ignored, so NextToken stays empty.
func (s *Store) Query(ctx context.Context, r *apischema.Resource, q store.Query) (*store.Page, error) {
	if q.PageToken != "" {
		return nil, store.BadRequest("The document store does not support keyset paging (pageToken); use offset and limit.")
	}
	where, args, err := s.predicates(r, q.Filters)
	if err != nil {
		return nil, err
	}
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx)
	page := &store.Page{}
	if q.TotalCount {
		var n int64
		if err := tx.QueryRow(ctx, `SELECT count(1) FROM `+Schema+`.document WHERE `+where, args...).Scan(&n); err != nil {
			return nil, err
		}
		page.TotalCount = &n
	}
	pageArgs := append(args, q.Offset, q.Limit)
	rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT edfidoc, documentuuid, edfidoc->>'_etag', lastmodifiedat FROM %s.document WHERE %s
ORDER BY createdat OFFSET $%d ROWS FETCH FIRST $%d ROWS ONLY`, Schema, where, len(pageArgs)-1, len(pageArgs)), pageArgs...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		it := &store.Item{}
		var etag *string
		if err := rows.Scan(&it.JSON, &it.ID, &etag, &it.LastModified); err != nil {
			rows.Close()
			return nil, err
		}
		if etag != nil {
			it.ETag = *etag
		}
		page.Items = append(page.Items, it)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	return page, nil
}

// predicates compiles the resource type and the filters. Unknown terms and
// values that do not parse as the field's type are 400s naming the term.
func (s *Store) predicates(r *apischema.Resource, filters []store.Filter) (string, []any, error) {
	args := []any{r.Name, r.Project.ProjectName}
	// Upstream filters on ResourceName alone, which mixes homonyms across
	// projects (Homograph's School with Ed-Fi's); ProjectName fixes that.
	where := []string{"resourcename = $1", "projectname = $2"}
	param := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	bad := map[string][]string{}
	for _, f := range filters {
		if strings.EqualFold(f.Term, "id") {
			id, err := uuid.Parse(f.Value)
			if err != nil {
				bad[f.Term] = append(bad[f.Term], "The value '"+f.Value+"' is not a valid id.")
				continue
			}
			where = append(where, fmt.Sprintf("documentpartitionkey = %s AND documentuuid = %s", param(partitionKey(id)), param(id)))
			continue
		}
		var qf *apischema.QueryField
		for _, c := range r.QueryFields {
			if strings.EqualFold(c.Term, f.Term) {
				qf = c
				break
			}
		}
		if qf == nil {
			bad[f.Term] = append(bad[f.Term], "The query field '"+f.Term+"' is not supported by this resource.")
			continue
		}
		var ors []string
		for _, p := range qf.Paths {
			v, err := queryValue(r, p, f.Value)
			if err != nil {
				bad[f.Term] = append(bad[f.Term], err.Error())
				break
			}
			doc, err := json.Marshal(containment(p.Path.Segs, v))
			if err != nil {
				return "", nil, err
			}
			ors = append(ors, "edfidoc @> "+param(string(doc))+"::jsonb")
		}
		if len(ors) == 1 {
			where = append(where, ors[0])
		} else if len(ors) > 1 {
			where = append(where, "("+strings.Join(ors, " OR ")+")")
		}
	}
	if len(bad) > 0 {
		return "", nil, &store.Error{Status: 400, Type: "urn:ed-fi:api:bad-request:data-validation-failed", Title: "Data Validation Failed",
			Detail: "The request could not be processed. See 'validationErrors' for details.", ValidationErrors: bad}
	}
	return strings.Join(where, " AND "), args, nil
}

// containment builds the JSON document that EdfiDoc must contain for the
// value at the path: {"a":{"b":v}}, with [*] steps as one-element arrays
// ({"a":[{"b":v}]}), which containment matches against any element.
func containment(segs []apischema.Seg, v any) any {
	for i := len(segs) - 1; i >= 0; i-- {
		if segs[i].AnyElem {
			v = []any{v}
		} else {
			v = map[string]any{segs[i].Prop: v}
		}
	}
	return v
}

// queryValue converts a query-string value to the JSON value stored at the
// path. The JSON type comes from the resource's numeric and boolean paths
// (what Core coerced the stored value to) before the query field's declared
// type: DS 5.1 declares schoolYear "string" although it is stored as a
// number, so upstream's string containment never matched it.
func queryValue(r *apischema.Resource, p apischema.QueryPath, v string) (any, error) {
	typ := p.Type
	for _, n := range r.NumericJSONPaths {
		if n == p.Path.Canonical {
			typ = "number"
		}
	}
	for _, b := range r.BooleanJSONPaths {
		if b == p.Path.Canonical {
			typ = "boolean"
		}
	}
	switch typ {
	case "number":
		c, err := core.CanonicalNumber(v)
		if err != nil || strings.TrimSpace(v) != v {
			return nil, fmt.Errorf("The value '%s' is not a valid number.", v)
		}
		return json.Number(c), nil
	case "boolean":
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, fmt.Errorf("The value '%s' is not a valid boolean.", v)
		}
		return b, nil
	case "date":
		d, err := time.Parse("2006-01-02", v)
		if err != nil {
			return nil, fmt.Errorf("The value '%s' is not a valid date (yyyy-MM-dd).", v)
		}
		return core.FormatDate(d), nil
	case "date-time":
		d, ok := core.ParseDateTime(v)
		if !ok {
			return nil, fmt.Errorf("The value '%s' is not a valid date-time.", v)
		}
		return core.FormatDateTime(d), nil
	case "time":
		if _, err := time.Parse("15:04:05", v); err != nil {
			return nil, fmt.Errorf("The value '%s' is not a valid time (HH:mm:ss).", v)
		}
		return v, nil
	}
	return v, nil
}
