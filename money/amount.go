package money

import "github.com/depeche-go/depeche/internal/text"

// Span is a half-open byte range [Start, End) of the original input.
type Span = text.Span

// Warning is something the extractor noticed and worked around.
type Warning = text.Warning

// Amount is one monetary amount found in the input.
type Amount struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
