package datagen

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
)

// Collection is the collection-replace scenario's document: a
// StudentEducationOrganizationAssociation whose addresses collection has n
// elements (each an Address with one period, so the elements fill a child
// and a grandchild table), plus what it refers to.
//
// Why this resource: DS 5.1 declares no arrayUniquenessConstraints for it
// (nothing in the engine rejects or deduplicates elements), it needs only a
// school and a student besides descriptors, and an address is a wide,
// realistic row (13 columns and a nested period). The elements are unique
// anyway by the ODS key of StudentEducationOrganizationAssociationAddress
// (type, street, city, state, postal code): street numbers are 100+j.
//
// A Collection is immutable; Mutate returns a new one. An element changes
// by new values in its non-key columns (apartment, building, county, FIPS
// code, congressional district, latitude, longitude, locale,
// doNotPublishIndicator); its key and its period stay, so a diff-based
// write sees an update in place of exactly the mutated rows.
type Collection struct {
	// Prereqs are the documents to load first, in order: every descriptor,
	// the school and the student.
	Prereqs []Doc
	// N is the number of addresses.
	N int

	seed     uint64
	schoolID int
	student  string
	gen      uint64   // mutation generation of this value (0 = as generated)
	versions []uint64 // per element: the generation that last changed it
}

// LargeCollection returns the collection document with n addresses (n >= 1)
// for seed. Documents for different n (or seeds) belong to different
// students, so they can live in one database.
func LargeCollection(seed uint64, n int) *Collection {
	n = max(n, 1)
	c := &Collection{
		N:        n,
		seed:     seed,
		schoolID: 700_000_000 + int(seed%100_000_000),
		student:  fmt.Sprintf("LC%d-%d", seed, n),
		versions: make([]uint64, n),
	}
	c.Prereqs = append(descriptorDocs(),
		Doc{"schools", minimalSchool(c.schoolID, "Collection Test High School").body()},
		Doc{"students", studentDoc(faker(seed, "large-student", n), c.student,
			makeStudentTraits(faker(seed, "large-traits", n), 10)).body()},
	)
	return c
}

// Resource is the endpoint of the collection document.
func (c *Collection) Resource() string { return "studentEducationOrganizationAssociations" }

// Doc renders the collection document.
func (c *Collection) Doc() Doc {
	addresses := make(arr, c.N)
	for j := range addresses {
		addresses[j] = c.element(j, c.versions[j])
	}
	f := faker(c.seed, "large-seoa", c.N)
	return Doc{c.Resource(), obj{
		{"educationOrganizationReference", obj{{"educationOrganizationId", c.schoolID}}},
		{"studentReference", obj{{"studentUniqueId", c.student}}},
		{"sexDescriptor", descPick(f, "Sex")},
		{"hispanicLatinoEthnicity", f.Bool()},
		{"addresses", addresses},
	}.body()}
}

// element renders address j at a version: key and period from the
// element's own stream, the other columns from the (element, version) one.
func (c *Collection) element(j int, version uint64) obj {
	f := faker(c.seed, "large-element", j)
	addressType := descAt("AddressType", j)
	street := clip(fmt.Sprintf("%d %s %s%s", 100+j, f.StreetPrefix(), f.StreetName(), f.StreetSuffix()), 150)
	city := clip(f.City(), 30)
	postal := f.Zip()
	begin := day(2015, 1, 1).AddDate(0, 0, f.IntN(3000))
	var end any
	if j%3 == 2 {
		end = ymd(begin.AddDate(1, f.IntN(12), 0))
	}
	m := fakerV(c.seed, "large-element-columns", j, version)
	lat, lon := coordinate(m)
	return obj{
		{"addressTypeDescriptor", addressType},
		{"streetNumberName", street},
		{"apartmentRoomSuiteNumber", fmt.Sprintf("%s %d", pick(m, []string{"Apt", "Suite", "Unit"}), 1+m.IntN(999))},
		{"buildingSiteNumber", itoa(1 + m.IntN(99))},
		{"city", city},
		{"stateAbbreviationDescriptor", desc("StateAbbreviation", homeState)},
		{"postalCode", postal},
		{"nameOfCounty", county(m)},
		{"countyFIPSCode", fmt.Sprintf("48%03d", 1+m.IntN(507))},
		{"congressionalDistrict", itoa(1 + m.IntN(38))},
		{"latitude", lat},
		{"longitude", lon},
		{"localeDescriptor", descPick(m, "Locale")},
		{"doNotPublishIndicator", m.Bool()},
		{"periods", arr{period(begin, end)}},
	}
}

// Mutate returns a copy with round(fraction*N) elements changed (at least
// one when fraction > 0, all when fraction >= 1). Which elements change is
// a function of (seed, round); successive calls on the results build a
// chain in which each value differs from its predecessor in exactly the
// mutated elements.
func (c *Collection) Mutate(fraction float64, round uint64) *Collection {
	k := int(math.Round(fraction * float64(c.N)))
	if fraction > 0 {
		k = max(k, 1)
	}
	return c.MutateN(k, round)
}

// MutateN returns a copy with k elements (clamped to 0..N) changed; see
// Mutate.
func (c *Collection) MutateN(k int, round uint64) *Collection {
	k = min(max(k, 0), c.N)
	out := *c
	out.gen = c.gen + 1
	out.versions = append([]uint64(nil), c.versions...)
	// Partial Fisher-Yates over the indexes, keyed by (seed, round).
	r := rand.New(stream(c.seed, "large-mutate", round))
	idx := make([]int, c.N)
	for i := range idx {
		idx[i] = i
	}
	for i := range k {
		j := i + r.IntN(c.N-i)
		idx[i], idx[j] = idx[j], idx[i]
		e := idx[i]
		old := appendJSON(nil, c.element(e, c.versions[e]))
		// A new version whose columns happen to equal the old ones would
		// not be a change: move on to the next version number.
		v := out.gen << 20
		for bytes.Equal(appendJSON(nil, c.element(e, v)), old) {
			v++
		}
		out.versions[e] = v
	}
	return &out
}

// Changed returns the indexes of the elements whose rendering differs
// between two values of the same collection.
func (c *Collection) Changed(other *Collection) []int {
	var out []int
	for j := range min(c.N, other.N) {
		if !bytes.Equal(appendJSON(nil, c.element(j, c.versions[j])), appendJSON(nil, other.element(j, other.versions[j]))) {
			out = append(out, j)
		}
	}
	return out
}

// minimalSchool is a school with only its required properties.
func minimalSchool(id int, name string) obj {
	return obj{
		{"schoolId", id},
		{"nameOfInstitution", name},
		{"educationOrganizationCategories", arr{obj{{"educationOrganizationCategoryDescriptor", desc("EducationOrganizationCategory", "School")}}}},
		{"gradeLevels", gradeLevelArray(bands[2].grades)},
		{"schoolCategories", arr{obj{{"schoolCategoryDescriptor", desc("SchoolCategory", "High School")}}}},
	}
}
