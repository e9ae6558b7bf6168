package docstore_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/docstore"
	"github.com/edfi-bench/tpr/engine/docstore/docstoretest"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/store"
)

func TestMain(m *testing.M) { docstoretest.Main(m) }

type tenv struct {
	*docstoretest.Env
	t   *testing.T
	ctx context.Context
}

func newEnv(t *testing.T) *tenv {
	return &tenv{Env: docstoretest.New(t), t: t, ctx: context.Background()}
}

func (e *tenv) write(endpoint, body string, putID *uuid.UUID) (store.WriteResult, error) {
	e.t.Helper()
	r := e.Effective.ResourceByEndpoint("ed-fi", endpoint)
	if r == nil {
		e.t.Fatalf("no resource %s", endpoint)
	}
	doc, err := e.Core.Prepare(r, []byte(body))
	if err != nil {
		e.t.Fatalf("Prepare %s: %v\n%s", endpoint, err, body)
	}
	if putID != nil {
		return e.Store.Replace(e.ctx, *putID, doc, store.WriteOptions{})
	}
	return e.Store.Upsert(e.ctx, doc, store.WriteOptions{})
}

func (e *tenv) post(endpoint, body string) store.WriteResult {
	e.t.Helper()
	res, err := e.write(endpoint, body, nil)
	if err != nil {
		e.t.Fatalf("POST %s: %v\n%s", endpoint, err, body)
	}
	return res
}

func (e *tenv) put(endpoint string, id uuid.UUID, body string) store.WriteResult {
	e.t.Helper()
	res, err := e.write(endpoint, body, &id)
	if err != nil {
		e.t.Fatalf("PUT %s: %v\n%s", endpoint, err, body)
	}
	return res
}

func (e *tenv) getJSON(endpoint string, id uuid.UUID) string {
	e.t.Helper()
	it, err := e.Store.Get(e.ctx, e.Effective.ResourceByEndpoint("ed-fi", endpoint), id)
	if err != nil {
		e.t.Fatalf("GET %s/%s: %v", endpoint, id, err)
	}
	return string(it.JSON)
}

// counted runs fn and returns the round trips it made.
func (e *tenv) counted(fn func()) int64 {
	before := e.Tracer.Global.Snapshot()
	fn()
	return e.Tracer.Global.Snapshot().Sub(before).RoundTrips
}

func (e *tenv) scalar(sql string, args ...any) int64 {
	e.t.Helper()
	var n int64
	if err := e.Pool.QueryRow(e.ctx, sql, args...).Scan(&n); err != nil {
		e.t.Fatalf("%s: %v", sql, err)
	}
	return n
}

// ---- fixtures ----

func desc(endpoint, ns, code string) [2]string {
	return [2]string{endpoint, fmt.Sprintf(`{"namespace":%q,"codeValue":%q,"shortDescription":%q}`, ns, code, code)}
}

func (e *tenv) loadBase() {
	e.t.Helper()
	for _, d := range [][2]string{
		desc("gradeLevelDescriptors", "uri://ed-fi.org/GradeLevelDescriptor", "Ninth grade"),
		desc("educationOrganizationCategoryDescriptors", "uri://ed-fi.org/EducationOrganizationCategoryDescriptor", "School"),
		desc("termDescriptors", "uri://ed-fi.org/TermDescriptor", "Fall Semester"),
		desc("gradingPeriodDescriptors", "uri://ed-fi.org/GradingPeriodDescriptor", "First Six Weeks"),
		desc("gradeTypeDescriptors", "uri://ed-fi.org/GradeTypeDescriptor", "Grading Period"),
		desc("courseIdentificationSystemDescriptors", "uri://ed-fi.org/CourseIdentificationSystemDescriptor", "State course code"),
	} {
		e.post(d[0], d[1])
	}
	e.post("schoolYearTypes", `{"schoolYear":2024,"currentSchoolYear":true,"schoolYearDescription":"2023-2024"}`)
	e.post("schools", `{"schoolId":1,"nameOfInstitution":"S","educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],"gradeLevels":[{"gradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}]}`)
	e.post("courses", `{"courseCode":"C","courseTitle":"C","numberOfParts":1,"educationOrganizationReference":{"educationOrganizationId":1},"identificationCodes":[{"courseIdentificationSystemDescriptor":"uri://ed-fi.org/CourseIdentificationSystemDescriptor#State course code","identificationCode":"1"}]}`)
	e.post("gradingPeriods", `{"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks","gradingPeriodName":"GP","schoolReference":{"schoolId":1},"schoolYearTypeReference":{"schoolYear":2024},"beginDate":"2023-08-21","endDate":"2023-10-06","totalInstructionalDays":34}`)
}

func sessionBody(name string) string {
	return fmt.Sprintf(`{"sessionName":%q,"schoolReference":{"schoolId":1},"schoolYearTypeReference":{"schoolYear":2024},"beginDate":"2023-08-21","endDate":"2023-12-20","termDescriptor":"uri://ed-fi.org/TermDescriptor#Fall Semester","totalInstructionalDays":81}`, name)
}

func courseOfferingBody(code, session string) string {
	return fmt.Sprintf(`{"localCourseCode":%q,"courseReference":{"courseCode":"C","educationOrganizationId":1},"schoolReference":{"schoolId":1},"sessionReference":{"schoolId":1,"schoolYear":2024,"sessionName":%q}}`, code, session)
}

func classPeriodBody(name string) string {
	return fmt.Sprintf(`{"classPeriodName":%q,"schoolReference":{"schoolId":1}}`, name)
}

func sectionBody(id, code, session string, periods ...string) string {
	var cp []string
	for _, p := range periods {
		cp = append(cp, fmt.Sprintf(`{"classPeriodReference":{"classPeriodName":%q,"schoolId":1}}`, p))
	}
	extra := ""
	if len(cp) > 0 {
		extra = `,"classPeriods":[` + strings.Join(cp, ",") + `]`
	}
	return fmt.Sprintf(`{"sectionIdentifier":%q,"courseOfferingReference":{"localCourseCode":%q,"schoolId":1,"schoolYear":2024,"sessionName":%q}%s}`, id, code, session, extra)
}

func studentBody(id string) string {
	return fmt.Sprintf(`{"studentUniqueId":%q,"birthDate":"2008-01-01","firstName":"F","lastSurname":"L"}`, id)
}

func ssaBody(student, section, code, session string) string {
	return fmt.Sprintf(`{"studentReference":{"studentUniqueId":%q},"sectionReference":{"localCourseCode":%q,"schoolId":1,"schoolYear":2024,"sectionIdentifier":%q,"sessionName":%q},"beginDate":"2023-08-21"}`, student, code, section, session)
}

func gradeBody(student, section, code, session string) string {
	return fmt.Sprintf(`{"gradeTypeDescriptor":"uri://ed-fi.org/GradeTypeDescriptor#Grading Period","gradingPeriodReference":{"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks","gradingPeriodName":"GP","schoolId":1,"schoolYear":2024},"studentSectionAssociationReference":{"beginDate":"2023-08-21","localCourseCode":%q,"schoolId":1,"schoolYear":2024,"sectionIdentifier":%q,"sessionName":%q,"studentUniqueId":%q},"letterGradeEarned":"A"}`, code, section, session, student)
}

// ---- tests ----

// The schema: 16 list partitions per table, upstream's keys and foreign
// keys, created idempotently next to the relational store's "dms" schema.
func TestSchemaCoexistsAndIsIdempotent(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t) // the relational schema
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		if _, err := docstore.New(ctx, env.Pool, env.Effective); err != nil {
			t.Fatalf("New #%d: %v", i+1, err)
		}
	}
	// Provisioning must also survive a schema whose marker was lost.
	if _, err := env.Pool.Exec(ctx, `COMMENT ON SCHEMA dmsdoc IS NULL`); err != nil {
		t.Fatal(err)
	}
	if _, err := docstore.New(ctx, env.Pool, env.Effective); err != nil {
		t.Fatalf("New over an unmarked schema: %v", err)
	}
	for _, table := range []string{"document", "alias", "reference"} {
		var n int64
		if err := env.Pool.QueryRow(ctx, `SELECT count(*) FROM pg_inherits WHERE inhparent = $1::regclass`, "dmsdoc."+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != docstore.Partitions {
			t.Errorf("dmsdoc.%s has %d partitions, want %d", table, n, docstore.Partitions)
		}
	}
	var fk string
	if err := env.Pool.QueryRow(ctx, `SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'fk_reference_referencedalias' AND conrelid = 'dmsdoc.reference'::regclass`).Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fk, "ON UPDATE CASCADE") || !strings.Contains(fk, "ON DELETE RESTRICT") {
		t.Errorf("reference->alias FK = %s", fk)
	}
	var gin int64
	if err := env.Pool.QueryRow(ctx, `SELECT count(*) FROM pg_indexes WHERE schemaname = 'dmsdoc' AND tablename = 'document' AND indexdef LIKE '%gin (edfidoc jsonb_path_ops)%'`).Scan(&gin); err != nil || gin != 1 {
		t.Errorf("GIN index on document: %d, %v", gin, err)
	}
	// Both stores work in the one database.
	r := env.Effective.ResourceByEndpoint("ed-fi", "gradeLevelDescriptors")
	doc, err := env.Core.Prepare(r, []byte(`{"namespace":"uri://ed-fi.org/GradeLevelDescriptor","codeValue":"Ninth grade","shortDescription":"Ninth grade"}`))
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := docstore.New(ctx, env.Pool, env.Effective)
	if _, err := ds.Upsert(ctx, doc, store.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.Upsert(ctx, doc, store.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(docstore.DDL(), "PARTITION BY LIST (documentpartitionkey)") {
		t.Error("DDL() lacks the document table")
	}
}

// Rows land in the partition of the last byte of their uuid modulo 16, and
// a document holds one alias row (two for a subclass) and one reference row
// per distinct referenced document or descriptor.
func TestRowsAndPartitions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.loadBase()
	sess := e.post("sessions", sessionBody("S1"))
	var part string
	if err := e.Pool.QueryRow(e.ctx, `SELECT tableoid::regclass::text FROM dmsdoc.document WHERE documentuuid = $1`, sess.ID).Scan(&part); err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("dmsdoc.document_%02d", sess.ID[15]%16); part != want {
		t.Errorf("session stored in %s, want %s", part, want)
	}
	id := func(u uuid.UUID) int64 {
		return e.scalar(`SELECT id FROM dmsdoc.document WHERE documentuuid = $1`, u)
	}
	// School, SchoolYearType and the term descriptor.
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.reference WHERE parentdocumentid = $1`, id(sess.ID)); n != 3 {
		t.Errorf("session has %d reference rows, want 3", n)
	}
	var schoolUUID uuid.UUID
	if err := e.Pool.QueryRow(e.ctx, `SELECT documentuuid FROM dmsdoc.document WHERE resourcename = 'School'`).Scan(&schoolUUID); err != nil {
		t.Fatal(err)
	}
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.alias WHERE documentid = $1`, id(schoolUUID)); n != 2 {
		t.Errorf("school has %d aliases, want 2 (School and EducationOrganization)", n)
	}
	// Every alias and reference row sits in its partition.
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.alias WHERE referentialpartitionkey <> get_byte(uuid_send(referentialid), 15) % 16`); n != 0 {
		t.Errorf("%d aliases in the wrong partition", n)
	}
	// A PUT that drops a reference removes its row; one that keeps them
	// writes none.
	co := e.post("courseOfferings", courseOfferingBody("C1", "S1"))
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.reference WHERE parentdocumentid = $1`, id(co.ID)); n != 3 {
		t.Errorf("course offering has %d reference rows, want 3", n)
	}
	versions := func() string {
		var v string
		if err := e.Pool.QueryRow(e.ctx, `SELECT string_agg(id || ':' || xmin::text, ',' ORDER BY id) FROM dmsdoc.reference WHERE parentdocumentid = $1`, id(co.ID)).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	v1 := versions()
	e.put("courseOfferings", co.ID, `{"localCourseCode":"C1","localCourseTitle":"T","courseReference":{"courseCode":"C","educationOrganizationId":1},"schoolReference":{"schoolId":1},"sessionReference":{"schoolId":1,"schoolYear":2024,"sessionName":"S1"}}`)
	if v2 := versions(); v2 != v1 {
		t.Errorf("a PUT keeping every reference rewrote reference rows: %s -> %s", v1, v2)
	}
	// Dropping the course reference is not possible (required); dropping a
	// descriptor reference is.
	e.put("sessions", sess.ID, strings.Replace(sessionBody("S1"), `"schoolYearTypeReference":{"schoolYear":2024},`, `"schoolYearTypeReference":{"schoolYear":2024},"gradingPeriods":[{"gradingPeriodReference":{"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks","gradingPeriodName":"GP","schoolId":1,"schoolYear":2024}}],`, 1))
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.reference WHERE parentdocumentid = $1`, id(sess.ID)); n != 4 {
		t.Errorf("session has %d reference rows after adding a grading period, want 4", n)
	}
	e.put("sessions", sess.ID, sessionBody("S1"))
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.reference WHERE parentdocumentid = $1`, id(sess.ID)); n != 3 {
		t.Errorf("session has %d reference rows after removing it, want 3", n)
	}
}

// The round trips of each operation, pinned: they are the baseline's
// statement sequence (upstream's, one statement per round trip).
func TestRoundTrips(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.loadBase()
	var sess, co store.WriteResult
	check := func(what string, want int64, fn func()) {
		t.Helper()
		if got := e.counted(fn); got != want {
			t.Errorf("%s: %d round trips, want %d", what, got, want)
		} else {
			t.Logf("%-48s %2d round trips", what, got)
		}
	}
	check("POST descriptor (insert, no references)", 4, func() {
		d := desc("termDescriptors", "uri://ed-fi.org/TermDescriptor", "Spring Semester")
		e.post(d[0], d[1])
	})
	check("POST session (insert, 3 references)", 6, func() { sess = e.post("sessions", sessionBody("S1")) })
	check("POST school (insert, subclass: 2 aliases)", 7, func() {
		e.post("schools", `{"schoolId":2,"nameOfInstitution":"S2","educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],"gradeLevels":[{"gradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}]}`)
	})
	check("POST session again, unchanged (no-op)", 3, func() { e.post("sessions", sessionBody("S1")) })
	check("POST session again, changed (update)", 6, func() {
		e.post("sessions", strings.Replace(sessionBody("S1"), `"totalInstructionalDays":81`, `"totalInstructionalDays":80`, 1))
	})
	check("PUT session, same identity", 7, func() { e.put("sessions", sess.ID, sessionBody("S1")) })
	check("GET", 1, func() { e.getJSON("sessions", sess.ID) })
	r := e.Effective.ResourceByEndpoint("ed-fi", "sessions")
	check("GET many (page)", 3, func() {
		if _, err := e.Store.Query(e.ctx, r, store.Query{Limit: 25}); err != nil {
			t.Fatal(err)
		}
	})
	check("GET many (page and totalCount)", 4, func() {
		if _, err := e.Store.Query(e.ctx, r, store.Query{Limit: 25, TotalCount: true}); err != nil {
			t.Fatal(err)
		}
	})
	co = e.post("courseOfferings", courseOfferingBody("C1", "S1"))
	check("DELETE a referenced document (409)", 7, func() {
		if err := e.Store.Delete(e.ctx, r, sess.ID, store.WriteOptions{}); err == nil {
			t.Fatal("deleted a referenced session")
		}
	})
	check("DELETE", 5, func() {
		if err := e.Store.Delete(e.ctx, e.Effective.ResourceByEndpoint("ed-fi", "courseOfferings"), co.ID, store.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
	})
}

// The identity cascade's statements: one referrer SELECT for the renamed
// document, then per referencing document one UPDATE, plus an alias UPDATE
// and a referrer SELECT where its identity changed. The PUT around it costs
// 8 (BEGIN, validation, alias UPDATE, read, pre-flight, UPDATE,
// InsertReferences, COMMIT).
func TestCascadeRoundTrips(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.loadBase()
	sess := e.post("sessions", sessionBody("S1"))
	cp := e.post("classPeriods", classPeriodBody("P1"))
	e.post("classPeriods", classPeriodBody("P2"))
	e.post("courseOfferings", courseOfferingBody("C1", "S1"))
	// Fan-out 2 at each level below the session: 1 course offering, 2
	// sections, 4 associations, 4 grades (2 students).
	for _, s := range []string{"A", "B"} {
		e.post("sections", sectionBody(s, "C1", "S1", "P1", "P2"))
	}
	for _, st := range []string{"1", "2"} {
		e.post("students", studentBody(st))
		for _, s := range []string{"A", "B"} {
			e.post("studentSectionAssociations", ssaBody(st, s, "C1", "S1"))
			e.post("grades", gradeBody(st, s, "C1", "S1"))
		}
	}
	// One hop: the class period's referrers (2 sections) hold it in a
	// collection outside their identity.
	if got, want := e.counted(func() { e.put("classPeriods", cp.ID, classPeriodBody("P1 renamed")) }), int64(8+1+2*1); got != want {
		t.Errorf("class period rename (1 hop, 2 referrers): %d round trips, want %d", got, want)
	}
	// Multi-hop: 1 + 2 + 4 + 4 = 11 documents change identity.
	if got, want := e.counted(func() { e.put("sessions", sess.ID, sessionBody("S1 renamed")) }), int64(8+1+11*3); got != want {
		t.Errorf("session rename (4 hops, 11 documents): %d round trips, want %d", got, want)
	}
	// Everything below the session was rewritten, and nothing refers to
	// the old name any more.
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.document WHERE edfidoc::text LIKE '%"S1"%'`); n != 0 {
		t.Errorf("%d documents still hold the old session name", n)
	}
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.document WHERE edfidoc::text LIKE '%S1 renamed%'`); n != 12 {
		t.Errorf("%d documents hold the new session name, want 12", n)
	}
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.document WHERE edfidoc::text LIKE '%P1 renamed%'`); n != 3 {
		t.Errorf("%d documents hold the new class period name, want 3", n)
	}
	// The FK's ON UPDATE CASCADE kept the reference rows on the moved
	// aliases' partitions.
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.reference r JOIN dmsdoc.alias a ON a.id = r.aliasid WHERE a.referentialpartitionkey <> r.referentialpartitionkey`); n != 0 {
		t.Errorf("%d reference rows point at an alias's old partition", n)
	}
	// Every document's aliases are those Core computes from its body.
	rows, err := e.Pool.Query(e.ctx, `SELECT d.projectname, d.resourcename, d.edfidoc::text, array_agg(a.referentialid ORDER BY a.id)
FROM dmsdoc.document d JOIN dmsdoc.alias a ON a.documentid = d.id AND a.documentpartitionkey = d.documentpartitionkey
GROUP BY d.projectname, d.resourcename, d.edfidoc::text`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var project, resource, body string
		var aliases []uuid.UUID
		if err := rows.Scan(&project, &resource, &body, &aliases); err != nil {
			t.Fatal(err)
		}
		r := e.Effective.Resource(apischema.QName{Project: project, Resource: resource})
		doc, err := e.Core.Prepare(r, []byte(body))
		if err != nil {
			t.Fatalf("%s: %v", resource, err)
		}
		want := []uuid.UUID{doc.ReferentialID}
		if doc.Superclass.Resource != "" {
			want = append(want, doc.SuperclassReferentialID)
		}
		if fmt.Sprint(aliases) != fmt.Sprint(want) {
			t.Errorf("%s aliases %v, Core computes %v", resource, aliases, want)
		}
		n++
	}
	if n < 20 {
		t.Errorf("checked only %d documents", n)
	}
}

func TestKeysetPagingIsRejected(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := e.Effective.ResourceByEndpoint("ed-fi", "students")
	_, err := e.Store.Query(e.ctx, r, store.Query{Limit: 2, PageToken: "abc"})
	var se *store.Error
	if !errors.As(err, &se) || se.Status != 400 {
		t.Fatalf("pageToken: %v, want a 400", err)
	}
	e.post("students", studentBody("1"))
	e.post("students", studentBody("2"))
	p, err := e.Store.Query(e.ctx, r, store.Query{Limit: 1, Keyset: true})
	if err != nil || len(p.Items) != 1 || p.NextToken != "" {
		t.Fatalf("keyset=true: %+v, %v; want one item and no token", p, err)
	}
}

// A GET returns the stored document as posted: descriptor URIs as the
// client spelled them, plus id, _etag and _lastModifiedDate.
func TestGetReturnsTheStoredDocument(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.loadBase()
	res := e.post("sessions", strings.Replace(sessionBody("S1"), "TermDescriptor#Fall Semester", "termdescriptor#FALL SEMESTER", 1))
	got := e.getJSON("sessions", res.ID)
	for _, want := range []string{`"termDescriptor": "uri://ed-fi.org/termdescriptor#FALL SEMESTER"`, `"id": "` + res.ID.String() + `"`, `"_etag": "` + res.ETag + `"`} {
		if !strings.Contains(got, want) {
			t.Errorf("GET = %s\nwant it to contain %s", got, want)
		}
	}
	// The etag is the content's: the same body has the same etag in
	// another database.
	e2 := newEnv(t)
	e2.loadBase()
	if res2 := e2.post("sessions", strings.Replace(sessionBody("S1"), "TermDescriptor#Fall Semester", "termdescriptor#FALL SEMESTER", 1)); res2.ETag != res.ETag {
		t.Errorf("same content, etags %s and %s", res.ETag, res2.ETag)
	}
}

// GET takes upstream's row lock (FOR NO KEY UPDATE) unless NoReadLocks.
func TestReadLocks(t *testing.T) {
	t.Parallel()
	for _, noLocks := range []bool{false, true} {
		e := &tenv{Env: docstoretest.NewWithOptions(t, docstore.Options{NoReadLocks: noLocks}), t: t, ctx: context.Background()}
		res := e.post("students", studentBody("1"))
		tx, err := e.Pool.Begin(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(e.ctx, `SELECT 1 FROM dmsdoc.document WHERE documentuuid = $1 FOR UPDATE`, res.ID); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(e.ctx, 300*time.Millisecond)
		_, err = e.Store.Get(ctx, e.Effective.ResourceByEndpoint("ed-fi", "students"), res.ID)
		cancel()
		if blocked := err != nil; blocked == noLocks {
			t.Errorf("NoReadLocks %v: GET under a row lock returned %v", noLocks, err)
		}
		tx.Rollback(e.ctx)
	}
}

// Concurrent POSTs of one identity: one insert, the rest updates.
func TestConcurrentUpserts(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var wg sync.WaitGroup
	results := make([]store.WriteResult, 8)
	errs := make([]error, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = e.write("students", strings.Replace(studentBody("1"), `"F"`, fmt.Sprintf(`"F%d"`, i), 1), nil)
		}()
	}
	wg.Wait()
	created := 0
	for i, err := range errs {
		if err != nil {
			t.Fatalf("POST %d: %v", i, err)
		}
		if results[i].Created {
			created++
		}
		if results[i].ID != results[0].ID {
			t.Errorf("POST %d wrote document %s, POST 0 %s", i, results[i].ID, results[0].ID)
		}
	}
	if created != 1 {
		t.Errorf("%d inserts, want 1", created)
	}
	if n := e.scalar(`SELECT count(*) FROM dmsdoc.document`); n != 1 {
		t.Errorf("%d documents", n)
	}
}
