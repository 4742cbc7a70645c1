package main

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/parse"
)

// newParser builds the parser, with the rule directory dir stacked on the
// defaults when dir is not empty. dir holds one folder per package (clean/,
// entities/, money/, quotes/), each with *.rules files read in name order.
func newParser(dir string) (*parse.Parser, error) {
	var opts parse.Options
	if dir == "" {
		return parse.New(opts)
	}
	if st, err := os.Stat(dir); err != nil {
		return nil, err
	} else if !st.IsDir() {
		return nil, fmt.Errorf("-rules %s: not a directory", dir)
	}
	fsys := os.DirFS(dir)

	// entities/*.rules
	if ok, err := hasRules(fsys, "entities/*.rules"); err != nil {
		return nil, err
	} else if ok {
		rs, err := entities.LoadRules(fsys, "entities/*.rules")
		if err != nil {
			return nil, err
		}
		r, err := entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
		if err != nil {
			return nil, err
		}
		opts.Entities = r
	}

	// Hook for the other packages: load clean/*.rules, money/*.rules and
	// quotes/*.rules here the same way (their LoadRules, then New with
	// Options{Rules: ...}) and set opts.Cleaner, opts.Money and opts.Quotes.

	return parse.New(opts)
}

// hasRules reports whether fsys holds a file matching pattern.
func hasRules(fsys fs.FS, pattern string) (bool, error) {
	m, err := fs.Glob(fsys, pattern)
	return len(m) > 0, err
}
