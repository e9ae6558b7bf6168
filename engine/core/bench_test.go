package core_test

import (
	"testing"
)

// BenchmarkPrepare measures parse + canonicalize + validate + extract for
// a School and a Session with a reference collection.
func BenchmarkPrepare(b *testing.B) {
	c := realCore(b)
	for _, tc := range []struct{ name, endpoint, body string }{
		{"School", "schools", schoolBody},
		{"Session", "sessions", sessionBody},
		{"StudentSchoolAssociation", "studentSchoolAssociations", ssaBody},
	} {
		r := resource(b, "ed-fi", tc.endpoint)
		body := []byte(tc.body)
		if _, err := c.Prepare(r, body); err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Prepare(r, body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
