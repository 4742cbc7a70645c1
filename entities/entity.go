package entities

import "github.com/depeche-go/depeche/internal/text"

// Span is a half-open byte range [Start, End) of the original input.
type Span = text.Span

// Warning is something the recogniser noticed and worked around (a user rule
// that hit its time limit).
type Warning = text.Warning

// Type is an entity type: ORG, PER, LOC, MEDIA, PRODUCT, INDEX, TICKER, ISIN,
// LEI, or a type added by a rule file.
type Type string

// The built-in entity types.
const (
	ORG     Type = "ORG"
	PER     Type = "PER"
	LOC     Type = "LOC"
	MEDIA   Type = "MEDIA"
	PRODUCT Type = "PRODUCT"
	INDEX   Type = "INDEX"
	TICKER  Type = "TICKER"
	ISIN    Type = "ISIN"
	LEI     Type = "LEI" // a Legal Entity Identifier (ISO 17442), check digits verified
)

// Entity is one mention of a named entity. Start and End are byte offsets into
// the original input and Text is exactly input[Start:End]. All mentions of one
// entity share its Canonical name.
type Entity struct {
	Text      string `json:"text"`
	Type      Type   `json:"type"`
	Canonical string `json:"canonical"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Subtype   string `json:"subtype"`
	Role      string `json:"role"`
	Org       string `json:"org"`
	ID        string `json:"id"`
	Rule      string `json:"rule"`
}
