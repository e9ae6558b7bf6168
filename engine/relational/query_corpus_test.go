package relational_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/store"
)

// GET many renders every document exactly as GET by id does (a page is
// assembled from the same per-table statements, batched over many
// documents, so rows and reference projections must not leak between
// documents), and lists each corpus resource completely.
func TestQueryRendersLikeGet(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	byResource := map[[2]string][]uuid.UUID{}
	var keys [][2]string
	for _, d := range db.docs {
		k := [2]string{d.Project, d.Resource}
		if byResource[k] == nil {
			keys = append(keys, k)
		}
		byResource[k] = append(byResource[k], db.ids[d.File])
	}
	for _, k := range keys {
		want := byResource[k]
		page, err := db.env.Store.Query(context.Background(), db.resource(k[0], k[1]), store.Query{Limit: 500, TotalCount: true})
		if err != nil {
			t.Fatalf("GET %s/%s: %v", k[0], k[1], err)
		}
		if page.TotalCount == nil || *page.TotalCount != int64(len(want)) || len(page.Items) != len(want) {
			t.Errorf("GET %s/%s: %d items, totalCount %v; want %d", k[0], k[1], len(page.Items), page.TotalCount, len(want))
		}
		got := map[uuid.UUID]bool{}
		for _, it := range page.Items {
			got[it.ID] = true
			one := db.get(k[0], k[1], it.ID)
			if string(it.JSON) != string(one.JSON) {
				t.Errorf("GET %s/%s renders %s differently from GET by id:\nmany: %s\none:  %s", k[0], k[1], it.ID, it.JSON, one.JSON)
			}
		}
		for _, id := range want {
			if !got[id] {
				t.Errorf("GET %s/%s does not list %s", k[0], k[1], id)
			}
		}
	}
}

// Query filters apply to every kind of query field the corpus exercises:
// own scalars (strings, dates, decimals, booleans), descriptors (matched
// case-insensitively, as on write), and identity values of referenced
// documents, through abstract references and several reference hops.
func TestQueryFiltersOverTheCorpus(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	id := func(endpoint string, fragments ...string) uuid.UUID {
		i, _ := db.find(endpoint, fragments...)
		return i
	}
	for _, c := range []struct {
		name     string
		endpoint string
		filters  []store.Filter
		want     []uuid.UUID
	}{
		{"own identity", "students", []store.Filter{{Term: "studentUniqueId", Value: "604822"}}, []uuid.UUID{id("students", `"604822"`)}},
		{"non-ASCII string", "students", []store.Filter{{Term: "lastSurname", Value: "Ochoa Muñoz-O'Connor"}}, []uuid.UUID{id("students", `"604823"`)}},
		{"date", "studentSchoolAssociations", []store.Filter{{Term: "entryDate", Value: "2023-08-21"}}, []uuid.UUID{id("studentSchoolAssociations", `"604822"`)}},
		{"decimal written with trailing zeros", "grades", []store.Filter{{Term: "numericGradeEarned", Value: "88.750"}}, []uuid.UUID{id("grades")}},
		{"boolean", "studentSchoolAssociations", []store.Filter{{Term: "primarySchool", Value: "true"}}, []uuid.UUID{id("studentSchoolAssociations", `"604822"`)}},
		{"descriptor, differently cased", "studentSchoolAssociations",
			[]store.Filter{{Term: "entryGradeLevelDescriptor", Value: "URI://ED-FI.ORG/GradeLevelDescriptor#NINTH GRADE"}},
			[]uuid.UUID{id("studentSchoolAssociations", `"604822"`), id("studentSchoolAssociations", `"604823"`)}},
		{"referenced identity", "studentSchoolAssociations", []store.Filter{{Term: "studentUniqueId", Value: "604823"}}, []uuid.UUID{id("studentSchoolAssociations", `"604823"`)}},
		{"referenced identity through an abstract reference", "courses", []store.Filter{{Term: "educationOrganizationId", Value: "255901001"}}, []uuid.UUID{id("courses", `"GEOM-1"`)}},
		{"referenced identity four hops away", "grades", []store.Filter{{Term: "sessionName", Value: "2023-2024 Fall Semester"}}, []uuid.UUID{id("grades")}},
		{"two filters", "studentAssessments", []store.Filter{{Term: "studentUniqueId", Value: "604822"}, {Term: "assessmentIdentifier", Value: "ALG-EOC-2024"}}, []uuid.UUID{id("studentAssessments")}},
		{"no match", "students", []store.Filter{{Term: "studentUniqueId", Value: "nobody"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			page, err := db.env.Store.Query(context.Background(), db.resource("ed-fi", c.endpoint), store.Query{Filters: c.filters, Limit: 100})
			if err != nil {
				t.Fatalf("GET %s?%v: %v", c.endpoint, c.filters, err)
			}
			var got, want []string
			for _, it := range page.Items {
				got = append(got, it.ID.String())
			}
			for _, w := range c.want {
				want = append(want, w.String())
			}
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("GET %s?%v = %v, want %v", c.endpoint, c.filters, got, want)
			}
		})
	}
}
