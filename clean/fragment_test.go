package clean_test

import (
	"strings"
	"testing"

	"github.com/depeche-go/depeche/clean"
)

// TestHTMLFragmentAfterTitle: an HTML fragment pasted after a plain-text
// title is read as HTML (its paragraphs are body), while a plain-text
// dispatch that ends with an HTML copy of itself removes that remnant line.
func TestHTMLFragmentAfterTitle(t *testing.T) {
	fragment := "Le gendarme boursier sanctionne un gérant de fonds\n" +
		"<div class=\"meta\">Par <span>Claire Morel</span><br/>Publi&eacute; le 21/01/2026</div>\n" +
		"<p>La commission des sanctions a prononc&eacute; une amende de 2,5&nbsp;millions d&#39;euros contre la soci&eacute;t&eacute; de gestion Orvane Partners.</p>\n" +
		"<p>La soci&eacute;t&eacute; conteste la d&eacute;cision et envisage un recours devant le Conseil d&#39;Etat.</p>\n"
	r := clean.Default().Clean(fragment)
	if r.Title != "Le gendarme boursier sanctionne un gérant de fonds" {
		t.Errorf("title %q", r.Title)
	}
	body := r.Body()
	for _, want := range []string{"amende de 2,5", "Conseil d’Etat"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}

	remnant := "Le groupe publie des résultats semestriels rassurants\n" +
		"Le titre progresse de 3 % après la publication de résultats jugés rassurants par les analystes, avec des carnets de commandes bien orientés.\n" +
		"Le groupe confirme ses objectifs annuels et prévoit une croissance de ses ventes.\n" +
		"<p>Le titre progresse de 3&nbsp;% apr&egrave;s la publication de r&eacute;sultats</p>\n"
	r = clean.Default().Clean(remnant)
	if strings.Contains(r.Body(), "3 % après") && strings.Count(r.Body(), "Le titre progresse") > 1 {
		t.Errorf("the HTML copy of the text is kept:\n%s", r.Body())
	}
	removed := false
	for _, s := range r.Removed() {
		if strings.HasPrefix(remnant[s.Start:s.End], "<p>Le titre") {
			removed = true
		}
	}
	if !removed {
		t.Errorf("the remnant line is not removed: %+v", r.Removed())
	}
}

// TestPageTitleAsWritten: an HTML headline has its references decoded and
// its tags left out, and is otherwise the text as written (straight
// apostrophes stay straight, a no-break space stays).
func TestPageTitleAsWritten(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"h1", "<h1>Sorvia&nbsp;: le chiffre d&#39;affaires <em>recule</em></h1>\n<p>Le groupe de chimie a publié un chiffre d'affaires en baisse de 4 % au troisième trimestre.</p>\n",
			"Sorvia\u00a0: le chiffre d'affaires recule"},
		{"plain title before a fragment", "L'AMF inflige 2,5 millions d'euros d'amende\n<p>La commission des sanctions de l&#39;AMF a prononc&eacute; une amende contre un g&eacute;rant de fonds parisien.</p>\n<p>La soci&eacute;t&eacute; de gestion conteste la d&eacute;cision devant le Conseil d&#39;Etat.</p>\n",
			"L'AMF inflige 2,5 millions d'euros d'amende"},
	} {
		if got := clean.Default().Clean(tc.in).Title; got != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, got, tc.want)
		}
	}
}
