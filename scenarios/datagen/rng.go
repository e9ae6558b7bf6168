package datagen

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// Every random choice of document i of a kind comes from its own PCG stream,
// keyed by (seed, kind, i): no state is shared between documents, so any
// document can be produced alone, in any order, on any goroutine, and always
// comes out the same (06-conventions §3 item 3).

// stream returns the PCG source for (seed, kind, i). Both halves of the
// 128-bit state go through splitmix64 so neighbouring indexes and kinds do
// not start on neighbouring states.
func stream(seed uint64, kind string, i uint64) *rand.PCG {
	k := kindHash(kind)
	return rand.NewPCG(splitmix(seed^k), splitmix(i^bitsRotate(k)))
}

// faker returns a gofakeit Faker (unlocked: it is never shared) over the
// stream of (seed, kind, i).
func faker(seed uint64, kind string, i int) *gofakeit.Faker {
	return gofakeit.NewFaker(stream(seed, kind, uint64(i)), false)
}

func kindHash(kind string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	return h.Sum64()
}

func bitsRotate(x uint64) uint64 { return x<<29 | x>>35 }

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// chance reports true with probability p.
func chance(f *gofakeit.Faker, p float64) bool { return f.Float64() < p }

// pick returns a random element of xs.
func pick[T any](f *gofakeit.Faker, xs []T) T { return xs[f.IntN(len(xs))] }

// clip trims s to at most n bytes (on a rune boundary) and strips the
// surrounding spaces Ed-Fi's patterns reject.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return strings.TrimSpace(s[:n])
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// fakerT is the generator every document draws from.
type fakerT = *gofakeit.Faker

// cond returns a when c, else b.
func cond[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}

// fakerV is faker for version v of document (or element) i: the streams of
// different versions are unrelated.
func fakerV(seed uint64, kind string, i int, v uint64) fakerT {
	return gofakeit.NewFaker(stream(seed^splitmix(v+0x5bd1e995), kind, uint64(i)), false)
}
