package datagen

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// The documents are built as ordered trees (obj, arr) and written with
// appendJSON, so a body's bytes depend only on the tree: property order is
// the order the generator wrote, never a map's.

// field is one property of an obj.
type field struct {
	k string
	v any
}

// obj is a JSON object in property order. A property whose value is nil, an
// empty arr or an empty obj is left out, the way Ed-Fi canonicalization drops
// them, so generators can write optional properties unconditionally.
type obj []field

// arr is a JSON array; elements that are empty (as for obj) are left out.
type arr []any

// num is a JSON number written as is (decimals never pass through float64).
type num string

// body renders o as a compact JSON document.
func (o obj) body() []byte {
	return appendJSON(make([]byte, 0, 1024), o)
}

// isEmptyJSON reports whether a rendered value is an empty object or array
// (appendJSON renders containers of empty values as such).
func isEmptyJSON(v []byte) bool {
	return len(v) == 2 && (v[0] == '{' && v[1] == '}' || v[0] == '[' && v[1] == ']')
}

func appendJSON(b []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		return appendString(b, x)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case bool:
		return strconv.AppendBool(b, x)
	case num:
		return append(b, x...)
	case obj:
		b = append(b, '{')
		first := true
		for _, f := range x {
			if f.v == nil {
				continue
			}
			mark := len(b)
			if !first {
				b = append(b, ',')
			}
			b = appendString(b, f.k)
			b = append(b, ':')
			start := len(b)
			b = appendJSON(b, f.v)
			if isEmptyJSON(b[start:]) {
				b = b[:mark] // nothing but empty containers below: leave it out
				continue
			}
			first = false
		}
		return append(b, '}')
	case arr:
		b = append(b, '[')
		first := true
		for _, e := range x {
			if e == nil {
				continue
			}
			mark := len(b)
			if !first {
				b = append(b, ',')
			}
			start := len(b)
			b = appendJSON(b, e)
			if isEmptyJSON(b[start:]) {
				b = b[:mark]
				continue
			}
			first = false
		}
		return append(b, ']')
	}
	panic(fmt.Sprintf("datagen: unsupported JSON value of type %T (floats go through num)", v))
}

const hexDigits = "0123456789abcdef"

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	run := 0 // start of the pending run of bytes that need no escaping
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[run:i]...)
			if c == '"' || c == '\\' {
				b = append(b, '\\', c)
			} else {
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			run = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[run:i]...)
			b = append(b, `\ufffd`...)
			i++
			run = i
			continue
		}
		i += size
	}
	b = append(b, s[run:]...)
	return append(b, '"')
}
