package relational

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/relmodel"
	"github.com/edfi-bench/tpr/engine/store"
)

// Query implements store.Store (GET many): filters from queryFieldMapping
// compiled against the root table only, ordered by DocumentId; offset
// paging (the Ed-Fi contract) or keyset paging (our extension, an opaque
// token carrying the last DocumentId and a hash of the filters). One round
// trip finds the page's ids (and the count when asked), one more hydrates
// the page, whatever its size.
func (s *Store) Query(ctx context.Context, r *apischema.Resource, q store.Query) (*store.Page, error) {
	pq, err := s.pageQuery(r, q)
	if err != nil {
		return nil, err
	}
	b := &pgx.Batch{}
	b.Queue(pq.pageSQL, pq.pageArgs...)
	if q.TotalCount {
		b.Queue(pq.countSQL, pq.countArgs...)
	}
	br := s.db.SendBatch(ctx, b)
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, mapError(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		br.Close()
		return nil, mapError(err)
	}
	page := &store.Page{}
	if q.TotalCount {
		var n int64
		if err := br.QueryRow().Scan(&n); err != nil {
			br.Close()
			return nil, err
		}
		page.TotalCount = &n
	}
	if err := br.Close(); err != nil {
		return nil, err
	}
	if len(ids) > 0 {
		items, err := s.hydrate(ctx, r, ids)
		if err != nil {
			return nil, err
		}
		page.Items = items
	}
	if (q.PageToken != "" || q.Keyset) && len(ids) == q.Limit && q.Limit > 0 {
		page.NextToken = encodeToken(ids[len(ids)-1], pq.hash)
	}
	return page, nil
}

type pageQuery struct {
	pageSQL, countSQL   string
	pageArgs, countArgs []any
	hash                uint64
}

func (s *Store) pageQuery(r *apischema.Resource, q store.Query) (*pageQuery, error) {
	pl, err := s.plan(r)
	if err != nil {
		return nil, err
	}
	where, args, err := s.predicates(pl, r, q.Filters)
	if err != nil {
		return nil, err
	}
	from := "FROM " + pg.Table(pl.r.Schema, rootName(pl)) + " r"
	if r.IsDescriptor {
		from = `FROM "dms"."Descriptor" r`
		args = append(args, r.Project.ProjectName+"."+r.Name)
		where = append(where, fmt.Sprintf(`r."Discriminator" = $%d`, len(args)))
	}
	if q.Limit < 0 || q.Offset < 0 {
		return nil, store.BadRequest("limit and offset must not be negative.")
	}
	pq := &pageQuery{hash: filterHash(r, q.Filters)}
	pq.countSQL = fmt.Sprintf(`SELECT count(*) %s%s`, from, whereClause(where))
	pq.countArgs = append([]any(nil), args...)
	if q.PageToken != "" {
		after, h, ok := decodeToken(q.PageToken)
		if !ok || h != pq.hash {
			return nil, store.BadRequest("The pageToken is invalid or was issued for a different query.")
		}
		args = append(args, after)
		where = append(where, fmt.Sprintf(`r."DocumentId" > $%d`, len(args)))
	}
	// LIMIT is written into the statement (a validated integer, 0…500),
	// and OFFSET only when it is not 0. As parameters PostgreSQL cannot
	// cost them in a generic plan, so it planned every execution afresh
	// (a custom plan each time); written out, the statement of a keyset or
	// first page gets a cached generic plan after five executions and
	// skips planning — which also makes a deep keyset page cost what the
	// first does. The distinct statements stay few: one per page size,
	// twice.
	pq.pageSQL = fmt.Sprintf(`SELECT r."DocumentId" %s%s ORDER BY r."DocumentId" LIMIT %d`, from, whereClause(where), q.Limit)
	if q.Offset != 0 {
		args = append(args, q.Offset)
		pq.pageSQL += fmt.Sprintf(" OFFSET $%d", len(args))
	}
	pq.pageArgs = args
	return pq, nil
}

// ExplainPage returns PostgreSQL's plan of the statement that selects a
// page's ids (for tests and for operators checking index use).
func (s *Store) ExplainPage(ctx context.Context, r *apischema.Resource, q store.Query) (string, error) {
	pq, err := s.pageQuery(r, q)
	if err != nil {
		return "", err
	}
	rows, err := s.db.Query(ctx, "EXPLAIN "+pq.pageSQL, pq.pageArgs...)
	if err != nil {
		return "", err
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	return strings.Join(lines, "\n"), err
}

// TokenAfter is the keyset token that continues a walk after a given
// DocumentId (benchmarks use it to start a walk at any depth).
func (s *Store) TokenAfter(r *apischema.Resource, filters []store.Filter, documentID int64) string {
	return encodeToken(documentID, filterHash(r, filters))
}

func rootName(pl *resourcePlan) string {
	if pl.r.Root == nil {
		return ""
	}
	return pl.r.Root.Name
}

func whereClause(preds []string) string {
	if len(preds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(preds, " AND ")
}

// descriptorColumns are the query terms of descriptor resources.
var descriptorColumns = map[string]struct {
	col string
	typ relmodel.ScalarType
}{
	"codevalue":          {"CodeValue", relmodel.ScalarType{Kind: relmodel.String}},
	"namespace":          {"Namespace", relmodel.ScalarType{Kind: relmodel.String}},
	"shortdescription":   {"ShortDescription", relmodel.ScalarType{Kind: relmodel.String}},
	"description":        {"Description", relmodel.ScalarType{Kind: relmodel.String}},
	"effectivebegindate": {"EffectiveBeginDate", relmodel.ScalarType{Kind: relmodel.Date}},
	"effectiveenddate":   {"EffectiveEndDate", relmodel.ScalarType{Kind: relmodel.Date}},
}

// predicates compiles the filters. Unknown terms and values that do not
// parse as the field's type are 400s naming the parameter.
func (s *Store) predicates(pl *resourcePlan, r *apischema.Resource, filters []store.Filter) ([]string, []any, error) {
	var where []string
	var args []any
	bad := map[string][]string{}
	param := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	terms := map[string]*relmodel.QueryTerm{}
	for _, t := range pl.r.Query {
		terms[strings.ToLower(t.Term)] = t
	}
	for _, f := range filters {
		key := strings.ToLower(f.Term)
		if key == "id" {
			id, err := uuid.Parse(f.Value)
			if err != nil {
				bad[f.Term] = append(bad[f.Term], "The value '"+f.Value+"' is not a valid id.")
				continue
			}
			where = append(where, fmt.Sprintf(`r."DocumentId" IN (SELECT "DocumentId" FROM "dms"."Document" WHERE "DocumentUuid" = %s)`, param(id)))
			continue
		}
		if r.IsDescriptor {
			dc, ok := descriptorColumns[key]
			if !ok {
				bad[f.Term] = append(bad[f.Term], "The query field '"+f.Term+"' is not supported by this resource.")
				continue
			}
			v, cast, err := queryValue(f.Value, dc.typ)
			if err != nil {
				bad[f.Term] = append(bad[f.Term], err.Error())
				continue
			}
			where = append(where, fmt.Sprintf(`r.%s = %s%s`, q(dc.col), param(v), cast))
			continue
		}
		t := terms[key]
		if t == nil {
			bad[f.Term] = append(bad[f.Term], "The query field '"+f.Term+"' is not supported by this resource.")
			continue
		}
		var ors []string
		for _, p := range t.Paths {
			switch {
			case p.IsID:
				id, err := uuid.Parse(f.Value)
				if err != nil {
					bad[f.Term] = append(bad[f.Term], "The value '"+f.Value+"' is not a valid id.")
					continue
				}
				ors = append(ors, fmt.Sprintf(`r."DocumentId" IN (SELECT "DocumentId" FROM "dms"."Document" WHERE "DocumentUuid" = %s)`, param(id)))
			case p.Column != nil && p.Column.Kind == relmodel.DescriptorFK:
				refID := core.ReferentialID(p.Column.Desc.Descriptor.Project, p.Column.Desc.Descriptor.Resource,
					[]core.IdentityElement{{Path: core.DescriptorIdentityPath, Value: core.NormalizeURI(f.Value)}})
				ors = append(ors, fmt.Sprintf(`r.%s = (SELECT "DocumentId" FROM "dms"."ReferentialIdentity" WHERE "ReferentialId" = %s)`,
					q(p.Column.Name), param(refID)))
			case p.Column != nil:
				v, cast, err := queryValue(f.Value, p.Column.Type)
				if err != nil {
					bad[f.Term] = append(bad[f.Term], err.Error())
					continue
				}
				ors = append(ors, fmt.Sprintf(`r.%s = %s%s`, q(p.Column.Name), param(v), cast))
			case p.Ref != nil:
				proj := pl.projByQName[p.Ref.Target]
				fi := -1
				for i, pf := range proj.fields {
					if pf.path == p.Field.TargetIdentity.Canonical {
						fi = i
					}
				}
				if fi < 0 {
					return nil, nil, fmt.Errorf("internal: query term %s: no projection field %s", t.Term, p.Field.TargetIdentity)
				}
				pf := proj.fields[fi]
				var cond string
				if pf.desc {
					cond = fmt.Sprintf("lower(%s) = %s", proj.exprs[fi], param(core.NormalizeURI(f.Value)))
				} else {
					v, cast, err := queryValue(f.Value, pf.typ)
					if err != nil {
						bad[f.Term] = append(bad[f.Term], err.Error())
						continue
					}
					cond = fmt.Sprintf("%s = %s%s", proj.exprs[fi], param(v), cast)
				}
				ors = append(ors, fmt.Sprintf(`r.%s IN (SELECT t0."DocumentId" FROM %s WHERE %s)`, q(p.Ref.Column.Name), proj.from, cond))
			}
		}
		if len(ors) == 1 {
			where = append(where, ors[0])
		} else if len(ors) > 1 {
			where = append(where, "("+strings.Join(ors, " OR ")+")")
		}
	}
	if len(bad) > 0 {
		return nil, nil, &store.Error{Status: 400, Type: "urn:ed-fi:api:bad-request:data-validation-failed", Title: "Data Validation Failed",
			Detail: "The request could not be processed. See 'validationErrors' for details.", ValidationErrors: bad}
	}
	return where, args, nil
}

// queryValue checks a query-string value against the column type and
// returns the parameter and the SQL cast to apply.
func queryValue(v string, t relmodel.ScalarType) (any, string, error) {
	switch t.Kind {
	case relmodel.Int32, relmodel.Int64:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || (t.Kind == relmodel.Int32 && (n > 1<<31-1 || n < -1<<31)) {
			return nil, "", fmt.Errorf("The value '%s' is not a valid integer.", v)
		}
		return n, "", nil
	case relmodel.Decimal:
		if _, ok := new(big.Rat).SetString(v); !ok || strings.ContainsAny(v, "/eE") {
			return nil, "", fmt.Errorf("The value '%s' is not a valid number.", v)
		}
		return v, "::numeric", nil
	case relmodel.Boolean:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, "", fmt.Errorf("The value '%s' is not a valid boolean.", v)
		}
		return b, "", nil
	case relmodel.Date:
		d, err := time.Parse("2006-01-02", v)
		if err != nil {
			return nil, "", fmt.Errorf("The value '%s' is not a valid date (yyyy-MM-dd).", v)
		}
		return d.Format("2006-01-02"), "::date", nil
	case relmodel.DateTime:
		d, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return nil, "", fmt.Errorf("The value '%s' is not a valid date-time.", v)
		}
		return d.UTC(), "", nil
	case relmodel.Time:
		if _, err := time.Parse("15:04:05", v); err != nil {
			return nil, "", fmt.Errorf("The value '%s' is not a valid time (HH:mm:ss).", v)
		}
		return v, "::time", nil
	}
	return v, "", nil
}

// filterHash binds a keyset token to one resource and one filter set.
func filterHash(r *apischema.Resource, filters []store.Filter) uint64 {
	parts := []string{r.Project.ProjectName, r.Name}
	var fs []string
	for _, f := range filters {
		fs = append(fs, strings.ToLower(f.Term)+"="+f.Value)
	}
	sort.Strings(fs)
	parts = append(parts, fs...)
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return binary.BigEndian.Uint64(sum[:8])
}

type token struct {
	After int64  `json:"a"`
	Hash  string `json:"h"`
}

func encodeToken(after int64, hash uint64) string {
	b, _ := json.Marshal(token{After: after, Hash: strconv.FormatUint(hash, 36)})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeToken(s string) (int64, uint64, bool) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, 0, false
	}
	var t token
	if json.Unmarshal(raw, &t) != nil || t.After <= 0 {
		return 0, 0, false
	}
	h, err := strconv.ParseUint(t.Hash, 36, 64)
	if err != nil {
		return 0, 0, false
	}
	return t.After, h, true
}
