package core

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is the deepest nesting of objects and arrays a request body may
// have (System.Text.Json's default, which DMS inherits).
const MaxDepth = 64

// syntaxError is a malformed body; it becomes a 400 bad-request.
type syntaxError struct {
	line, col int
	msg       string
}

func (e *syntaxError) Error() string {
	return fmt.Sprintf("Invalid JSON at line %d, column %d: %s.", e.line, e.col, e.msg)
}

// duplicateError is a property given twice in one object; DMS rejects it
// (DuplicatePropertiesMiddleware) because a JSON object model would silently
// keep only one of the values.
type duplicateError struct{ path string }

func (e *duplicateError) Error() string { return "duplicate property " + e.path }

// decodeBody parses a JSON text into map[string]any / []any / string /
// json.Number / bool / nil. Numbers keep their exact text (never float64).
// Invalid UTF-8 in strings becomes U+FFFD, as encoding/json does; a leading
// UTF-8 byte-order mark is skipped.
func decodeBody(data []byte) (any, error) {
	p := &jsonParser{data: data}
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		p.pos = 3
	}
	p.skipWS()
	if p.pos >= len(p.data) {
		return nil, p.errf("unexpected end of input, expected a JSON value")
	}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipWS()
	if p.pos < len(p.data) {
		return nil, p.errf("unexpected %s after the end of the JSON value", p.describe())
	}
	return v, nil
}

type jsonParser struct {
	data  []byte
	pos   int
	depth int
	// path is the location being parsed, kept only to name duplicates.
	path []pathSeg
}

type pathSeg struct {
	prop  string
	index int // -1 for a property step
}

func (p *jsonParser) errf(format string, args ...any) error {
	line, col := 1, 1
	for i := 0; i < p.pos && i < len(p.data); i++ {
		if p.data[i] == '\n' {
			line++
			col = 1
		} else if p.data[i]&0xC0 != 0x80 { // count runes, not continuation bytes
			col++
		}
	}
	return &syntaxError{line: line, col: col, msg: fmt.Sprintf(format, args...)}
}

func (p *jsonParser) describe() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	if r == utf8.RuneError || r < 0x20 {
		return fmt.Sprintf("byte 0x%02x", p.data[p.pos])
	}
	return strconv.QuoteRune(r)
}

func (p *jsonParser) skipWS() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonParser) value() (any, error) {
	if p.pos >= len(p.data) {
		return nil, p.errf("unexpected end of input, expected a JSON value")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	default:
		return nil, p.errf("unexpected %s, expected a JSON value", p.describe())
	}
}

func (p *jsonParser) literal(lit string) error {
	if len(p.data)-p.pos >= len(lit) && string(p.data[p.pos:p.pos+len(lit)]) == lit {
		p.pos += len(lit)
		return nil
	}
	return p.errf("invalid literal, expected %q", lit)
}

func (p *jsonParser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return p.errf("the maximum nesting depth of %d has been exceeded", MaxDepth)
	}
	return nil
}

func (p *jsonParser) object() (any, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	p.pos++ // {
	obj := make(map[string]any)
	p.skipWS()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		p.depth--
		return obj, nil
	}
	for {
		p.skipWS()
		if p.pos >= len(p.data) {
			return nil, p.errf("unexpected end of input, expected a property name")
		}
		if p.data[p.pos] != '"' {
			return nil, p.errf("unexpected %s, expected a property name in double quotes", p.describe())
		}
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		if _, dup := obj[key]; dup {
			return nil, &duplicateError{path: p.pathString(key)}
		}
		p.skipWS()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.errf("unexpected %s, expected ':' after property name %q", p.describe(), key)
		}
		p.pos++
		p.skipWS()
		p.path = append(p.path, pathSeg{prop: key, index: -1})
		v, err := p.value()
		p.path = p.path[:len(p.path)-1]
		if err != nil {
			return nil, err
		}
		obj[key] = v
		p.skipWS()
		if p.pos >= len(p.data) {
			return nil, p.errf("unexpected end of input, expected ',' or '}'")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			p.depth--
			return obj, nil
		default:
			return nil, p.errf("unexpected %s, expected ',' or '}' after property %q", p.describe(), key)
		}
	}
}

func (p *jsonParser) array() (any, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	p.pos++ // [
	arr := make([]any, 0, 4)
	p.skipWS()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		p.depth--
		return arr, nil
	}
	for {
		p.skipWS()
		p.path = append(p.path, pathSeg{index: len(arr)})
		v, err := p.value()
		p.path = p.path[:len(p.path)-1]
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		p.skipWS()
		if p.pos >= len(p.data) {
			return nil, p.errf("unexpected end of input, expected ',' or ']'")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			p.depth--
			return arr, nil
		default:
			return nil, p.errf("unexpected %s, expected ',' or ']' in array", p.describe())
		}
	}
}

func (p *jsonParser) pathString(last string) string {
	var b strings.Builder
	b.WriteByte('$')
	for _, s := range p.path {
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		} else {
			b.WriteByte('.')
			b.WriteString(s.prop)
		}
	}
	b.WriteByte('.')
	b.WriteString(last)
	return b.String()
}

func (p *jsonParser) number() (any, error) {
	start := p.pos
	d := p.data
	i := p.pos
	if d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		p.pos = i
		return nil, p.errf("invalid number, expected a digit but found %s", p.describe())
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			p.pos = i
			return nil, p.errf("invalid number, expected a digit after the decimal point but found %s", p.describe())
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			p.pos = i
			return nil, p.errf("invalid number, expected a digit in the exponent but found %s", p.describe())
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	p.pos = i
	return json.Number(d[start:i]), nil
}

// str parses a string; p.data[p.pos] is the opening quote.
func (p *jsonParser) str() (string, error) {
	p.pos++
	start := p.pos
	d := p.data
	// Fast path: no escapes, no control characters, valid UTF-8.
	for i := start; i < len(d); i++ {
		c := d[i]
		if c == '"' {
			if utf8.Valid(d[start:i]) {
				p.pos = i + 1
				return string(d[start:i]), nil
			}
			break
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	var b strings.Builder
	i := start
	for {
		if i >= len(d) {
			p.pos = i
			return "", p.errf("unexpected end of input inside a string")
		}
		c := d[i]
		switch {
		case c == '"':
			p.pos = i + 1
			return b.String(), nil
		case c < 0x20:
			p.pos = i
			return "", p.errf("invalid control character 0x%02x inside a string (it must be escaped)", c)
		case c == '\\':
			if i+1 >= len(d) {
				p.pos = i + 1
				return "", p.errf("unexpected end of input inside a string")
			}
			switch e := d[i+1]; e {
			case '"', '\\', '/':
				b.WriteByte(e)
				i += 2
			case 'b':
				b.WriteByte('\b')
				i += 2
			case 'f':
				b.WriteByte('\f')
				i += 2
			case 'n':
				b.WriteByte('\n')
				i += 2
			case 'r':
				b.WriteByte('\r')
				i += 2
			case 't':
				b.WriteByte('\t')
				i += 2
			case 'u':
				r, ok := hex4(d, i+2)
				if !ok {
					p.pos = i
					return "", p.errf("invalid \\u escape, expected four hex digits")
				}
				i += 6
				if utf16.IsSurrogate(r) {
					if r2, ok2 := surrogatePair(d, i); ok2 && r < 0xDC00 {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							r = dec
							i += 6
						} else {
							r = utf8.RuneError
						}
					} else {
						r = utf8.RuneError
					}
				}
				b.WriteRune(r)
			default:
				p.pos = i
				return "", p.errf("invalid escape sequence \\%c inside a string", e)
			}
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRune(d[i:])
			b.WriteRune(r) // RuneError for invalid bytes
			i += size
		}
	}
}

func surrogatePair(d []byte, i int) (rune, bool) {
	if i+1 < len(d) && d[i] == '\\' && d[i+1] == 'u' {
		return hex4(d, i+2)
	}
	return 0, false
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, c := range d[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
