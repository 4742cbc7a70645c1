package main

import "github.com/depeche-go/depeche/parse"

// newParser builds the parser, with the rule directory dir stacked on the
// defaults when dir is not empty.
func newParser(dir string) (*parse.Parser, error) {
	return parse.New(parse.Options{})
}
