package parse

import (
	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/internal/text"
	"github.com/depeche-go/depeche/money"
	"github.com/depeche-go/depeche/quotes"
)

// Warning is something the parser noticed and worked around (invalid UTF-8,
// an unclosed quote, a user rule that hit its time limit), with the byte span
// concerned.
type Warning = text.Warning

// Boilerplate is one removed piece of the input: its kind ("copyright",
// "vote"...), its text and byte offsets, and the rule that removed it.
type Boilerplate struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Rule  string `json:"rule"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Document is everything depeche finds in one dispatch. Its JSON encoding is
// the shape documented in SCHEMA.md. All offsets are byte offsets into the
// input given to Parse, and every Text field is exactly input[Start:End]
// (with U+FFFD for invalid bytes once encoded as JSON). Lists are never nil,
// so that they encode as [].
type Document struct {
	Title        string               `json:"title"`
	Source       string               `json:"source"`
	Agency       string               `json:"agency"`
	Dateline     clean.Dateline       `json:"dateline"`
	Byline       string               `json:"byline"`
	Published    string               `json:"published"`
	Copyright    string               `json:"copyright"`
	Body         string               `json:"body"`
	Boilerplate  []Boilerplate        `json:"boilerplate"`
	Entities     []entities.Entity    `json:"entities"`
	Amounts      []money.Amount       `json:"amounts"`
	Quotes       []quotes.Quote       `json:"quotes"`
	Attributions []quotes.Attribution `json:"attributions"`
	Warnings     []Warning            `json:"warnings"`

	// Clean is the cleaner's full result: every segment with its role or kind.
	// It is not part of the JSON encoding.
	Clean *clean.Result `json:"-"`
}
