package main

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/entities"
	"github.com/depeche-go/depeche/money"
	"github.com/depeche-go/depeche/parse"
	"github.com/depeche-go/depeche/quotes"
)

// newParser builds the parser, with the rule directory dir stacked on the
// defaults when dir is not empty. dir holds one folder per package (clean/,
// entities/, money/, quotes/), each with *.rules files read in name order; a
// missing folder leaves that package's defaults alone.
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
	var err error
	if opts.Cleaner, err = load(fsys, "clean/*.rules", clean.LoadRules,
		func(rs *clean.RuleSet) (*clean.Cleaner, error) {
			return clean.New(clean.Options{Rules: []*clean.RuleSet{rs}})
		}); err != nil {
		return nil, err
	}
	if opts.Entities, err = load(fsys, "entities/*.rules", entities.LoadRules,
		func(rs *entities.RuleSet) (*entities.Recognizer, error) {
			return entities.New(entities.Options{Rules: []*entities.RuleSet{rs}})
		}); err != nil {
		return nil, err
	}
	if opts.Money, err = load(fsys, "money/*.rules", money.LoadRules,
		func(rs *money.RuleSet) (*money.Extractor, error) {
			return money.New(money.Options{Rules: []*money.RuleSet{rs}})
		}); err != nil {
		return nil, err
	}
	if opts.Quotes, err = load(fsys, "quotes/*.rules", quotes.LoadRules,
		func(rs *quotes.RuleSet) (*quotes.Attributor, error) {
			return quotes.New(quotes.Options{Rules: []*quotes.RuleSet{rs}})
		}); err != nil {
		return nil, err
	}
	return parse.New(opts)
}

// load reads the rule files of fsys matching pattern with loadRules and
// compiles them on top of the defaults with build. With no matching file it
// returns nil, which parse.Options reads as the package's default.
func load[R, T any](fsys fs.FS, pattern string, loadRules func(fs.FS, string) (*R, error), build func(*R) (*T, error)) (*T, error) {
	m, err := fs.Glob(fsys, pattern)
	if err != nil || len(m) == 0 {
		return nil, err
	}
	rs, err := loadRules(fsys, pattern)
	if err != nil {
		return nil, err
	}
	return build(rs)
}
