package main

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/depeche-go/depeche/entities"
)

func TestExampleRules(t *testing.T) {
	sub, err := fs.Sub(exampleRules, "rules")
	if err != nil {
		t.Fatal(err)
	}
	r, err := build(sub)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range r.FindAll(sample) {
		got[e.Text] = string(e.Type) + " " + e.Canonical
	}
	for text, want := range map[string]string{
		"Valmoray SA":  "ORG Groupe Valmoray",
		"Novélia":      "ORG Novélia Pharma",
		"Horizon":      "PRODUCT Horizon",
		"SICAV Aurore": "ORG SICAV Aurore",
	} {
		if got[text] != want {
			t.Errorf("%q: got %q, want %q", text, got[text], want)
		}
	}
	if _, ok := got["Orange"]; ok {
		t.Error("Orange was removed by the user rules but is still found")
	}
}

func TestBadRules(t *testing.T) {
	fsys := fstest.MapFS{"entities/x.rules": {Data: []byte("ORG\tAcme\npattern\tp\tORG\t(\n")}}
	_, err := build(fsys)
	var re *entities.RuleError
	if !errors.As(err, &re) || re.Line != 2 {
		t.Fatalf("want a RuleError on line 2, got %v", err)
	}
}
