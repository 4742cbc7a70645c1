// Package rulefile reads depeche's line-oriented rule files, shared by every
// public package.
//
// # Format
//
// A rule file is UTF-8 text. Each non-blank line that does not start with '#'
// is one record; its fields are separated by one or more tab characters. A
// record whose first field starts with '!' removes an entry defined by an
// earlier rule set (the default rules, for instance): the '!' is dropped from
// the field and [Record.Remove] is set. The meaning of the fields is defined by
// each package.
//
//	# entities: type, canonical name, aliases...
//	ORG	TotalEnergies	Total	TTE
//	!ORG	Orange
//
// A byte-order mark at the start and CR before LF are ignored.
package rulefile

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// Record is one line of a rule file.
type Record struct {
	Fields []string // the fields, without tabs; Fields[0] without its '!' when Remove
	Remove bool     // the line started with '!'
	Source string   // the rule file's name
	Line   int      // 1-based line number
	cols   []int    // 1-based column (in runes) of each field
	offs   []int    // byte offset of each field in the file
	text   string   // the whole line
}

// Errorf returns a [RuleError] pointing at field i of the record (or at the
// start of the line when i is out of range).
func (r Record) Errorf(i int, format string, args ...any) *RuleError {
	return r.Wrap(i, fmt.Errorf(format, args...))
}

// Wrap returns a [RuleError] pointing at field i that wraps err.
func (r Record) Wrap(i int, err error) *RuleError {
	col, off := 1, 0
	if i >= 0 && i < len(r.cols) {
		col, off = r.cols[i], r.offs[i]
	} else if len(r.offs) > 0 {
		off = r.offs[0]
	}
	return &RuleError{Source: r.Source, Line: r.Line, Column: col, Offset: off, Err: err, LineText: r.text}
}

// Key returns the lookup key of the record: its fields joined by a tab, the
// first field included.
func (r Record) Key(n int) string {
	if n > len(r.Fields) {
		n = len(r.Fields)
	}
	return strings.Join(r.Fields[:n], "\t")
}

// RuleError is a malformed rule: the file, the 1-based line and column (in
// runes), the byte offset of the offending field in the file, and what is
// wrong. Public packages export it as an alias so that callers can use
// [errors.As].
type RuleError struct {
	Source   string // rule file name as given to the parser
	Line     int    // 1-based line
	Column   int    // 1-based column, in runes
	Offset   int    // byte offset into the file
	Err      error  // what is wrong
	LineText string // the offending line, for [RuleError.Render]
}

// Error implements error: "name:line:col: message".
func (e *RuleError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.Source, e.Line, e.Column, e.Err)
}

// Unwrap returns the underlying error.
func (e *RuleError) Unwrap() error { return e.Err }

// Render returns the error followed by the offending line and a caret under
// the offending column.
func (e *RuleError) Render() string {
	var b strings.Builder
	b.WriteString(e.Error())
	if e.LineText != "" {
		line := strings.ReplaceAll(e.LineText, "\t", " ")
		line = strings.ToValidUTF8(line, "\uFFFD")
		b.WriteString("\n  | ")
		b.WriteString(line)
		b.WriteString("\n  | ")
		col := e.Column
		if col < 1 {
			col = 1
		}
		b.WriteString(strings.Repeat(" ", col-1))
		b.WriteByte('^')
	}
	return b.String()
}

// ErrSyntax is wrapped by errors about the shape of a line (invalid UTF-8, a
// field with nothing in it).
var ErrSyntax = errors.New("syntax error")

// Parse reads the records of one rule file. name identifies the file in
// errors. It returns a *[RuleError] wrapping [ErrSyntax] for invalid UTF-8 or
// an empty removal.
func Parse(name string, data []byte) ([]Record, error) {
	s := string(data)
	off := 0
	if strings.HasPrefix(s, "\uFEFF") {
		off = 3
	}
	var recs []Record
	line := 0
	for off <= len(s) {
		line++
		nl := strings.IndexByte(s[off:], '\n')
		end := len(s)
		next := len(s) + 1
		if nl >= 0 {
			end = off + nl
			next = end + 1
		}
		raw := s[off:end]
		raw = strings.TrimSuffix(raw, "\r")
		lineStart := off
		off = next
		if !utf8.ValidString(raw) {
			bad := 0
			for i := 0; i < len(raw); {
				r, n := utf8.DecodeRuneInString(raw[i:])
				if r == utf8.RuneError && n == 1 {
					bad = i
					break
				}
				i += n
			}
			return nil, &RuleError{Source: name, Line: line, Column: utf8.RuneCountInString(raw[:bad]) + 1,
				Offset: lineStart + bad, Err: fmt.Errorf("%w: invalid UTF-8", ErrSyntax), LineText: raw}
		}
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		rec := Record{Source: name, Line: line, text: raw}
		i := 0
		for i < len(raw) {
			for i < len(raw) && raw[i] == '\t' {
				i++
			}
			if i >= len(raw) {
				break
			}
			j := strings.IndexByte(raw[i:], '\t')
			if j < 0 {
				j = len(raw)
			} else {
				j += i
			}
			f := strings.TrimRight(raw[i:j], " ")
			lead := len(f) - len(strings.TrimLeft(f, " "))
			f = strings.TrimLeft(f, " ")
			if f != "" {
				rec.Fields = append(rec.Fields, f)
				rec.cols = append(rec.cols, utf8.RuneCountInString(raw[:i+lead])+1)
				rec.offs = append(rec.offs, lineStart+i+lead)
			}
			i = j
		}
		if len(rec.Fields) == 0 {
			continue
		}
		if strings.HasPrefix(rec.Fields[0], "!") {
			rec.Remove = true
			rec.Fields[0] = rec.Fields[0][1:]
			rec.cols[0]++
			rec.offs[0]++
			if rec.Fields[0] == "" {
				return nil, rec.Errorf(0, "%w: '!' must be followed by the entry to remove", ErrSyntax)
			}
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// File is one parsed rule file.
type File struct {
	Name    string
	Records []Record
}

// Load reads every file of fsys matching pattern (as [fs.Glob]), in name
// order, and parses each. It returns the [fs.Glob] error for a bad pattern,
// a read error wrapped with the file name, or the first *[RuleError].
// No match is not an error: it returns no files.
func Load(fsys fs.FS, pattern string) ([]File, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files []File
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		recs, err := Parse(path.Clean(n), data)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: n, Records: recs})
	}
	return files, nil
}
