package clean_test

import (
	"strings"
	"testing"

	"github.com/depeche-go/depeche/clean"
	"github.com/depeche-go/depeche/internal/testutil"
	"github.com/google/go-cmp/cmp"
)

// TestOutlets cleans short dispatches written in the manner of several
// outlets (their datelines, bylines, sign-offs and tails) and checks the
// metadata they give: title, source, agency, dateline and place, and what
// is removed. The texts are ours.
func TestOutlets(t *testing.T) {
	type want struct {
		Title, Source, Agency, Dateline, Place string
		Date, Byline, Published, Updated       string
		Removed                                []string // kind:text; nil: not checked
	}
	tests := []struct {
		name, why, in string
		want          want
	}{
		{name: "canadian wire, city and em dash",
			in: "Norbec relève son dividende trimestriel de 8 %\nPar La Presse Canadienne\n" +
				"QUÉBEC — Le transporteur Norbec a annoncé mercredi une hausse de 8 % de son dividende trimestriel, porté par la vigueur du trafic ferroviaire.\n" +
				"L'action a gagné 1,15 $ à 54,20 $ à la Bourse de Toronto.\n",
			want: want{Title: "Norbec relève son dividende trimestriel de 8 %", Source: "La Presse Canadienne",
				Dateline: "QUÉBEC —", Place: "QUÉBEC", Removed: []string{"byline:Par La Presse Canadienne"}}},
		{name: "canadian wire, compound city, date and en dash",
			in: "TROIS-RIVIÈRES, 4 mars – La papetière régionale fermera l'une de ses deux machines au printemps, ce qui touchera 140 emplois.\n" +
				"La Presse Canadienne\n",
			want: want{Source: "La Presse Canadienne", Dateline: "TROIS-RIVIÈRES, 4 mars –", Place: "TROIS-RIVIÈRES",
				Removed: []string{"source:La Presse Canadienne"}}},
		{name: "canadian wire, agency dateline",
			in:   "(La Presse Canadienne) — Les mises en chantier ont reculé de 6 % en février au Canada, selon la Société canadienne d'hypothèques et de logement.\n",
			want: want{Source: "La Presse Canadienne", Dateline: "(La Presse Canadienne) —"}},
		{name: "belgian wire",
			in: "BRUXELLES (Belga) - Le groupe chimique a relevé jeudi ses prévisions annuelles après un premier semestre meilleur que prévu.\n" +
				"Le titre gagnait 3 % à Bruxelles en début de séance.\n© Belga 2026 - Tous droits réservés\n",
			want: want{Source: "Belga", Dateline: "BRUXELLES (Belga) -", Place: "BRUXELLES",
				Removed: []string{"copyright:© Belga 2026 - Tous droits réservés"}}},
		{name: "swiss wire",
			in:   "GENÈVE (AWP) – Le négociant en matières premières a vu son résultat opérationnel progresser de 15 % l'an dernier.\nck/rw\n",
			want: want{Source: "AWP", Dateline: "GENÈVE (AWP) –", Place: "GENÈVE", Removed: []string{"byline:ck/rw"}}},
		{name: "dow jones double hyphen",
			in:   "FRANCFORT (Dow Jones Newswires) -- Le fabricant de semi-conducteurs a abaissé sa prévision de chiffre d'affaires pour le trimestre en cours.\n",
			want: want{Source: "Dow Jones Newswires", Dateline: "FRANCFORT (Dow Jones Newswires) --", Place: "FRANCFORT"}},
		{name: "dow jones tail: contact line, end mark, time, copyright",
			in: "PARIS (Agefi-Dow Jones) -- Le groupe de services informatiques a annoncé le rachat d'un éditeur allemand pour 210 millions d'euros.\n" +
				"-Paul Girard, Agefi-Dow Jones; +33 (0)1 00 00 00 00; paul.girard@exemple.com ed: LBO\n" +
				"(END) Dow Jones Newswires\nApril 7, 2026 11:42 ET (15:42 GMT)\nCopyright (c) 2026 Dow Jones & Company, Inc.\n",
			want: want{Source: "Agefi-Dow Jones", Dateline: "PARIS (Agefi-Dow Jones) --", Place: "PARIS",
				Byline: "Paul Girard", Published: "2026-04-07T11:42:00",
				Removed: []string{"byline:-Paul Girard, Agefi-Dow Jones; +33 (0)1 00 00 00 00; paul.girard@exemple.com ed: LBO",
					"source:(END) Dow Jones Newswires", "timestamp:April 7, 2026 11:42 ET (15:42 GMT)",
					"copyright:Copyright (c) 2026 Dow Jones & Company, Inc."}}},
		{name: "agefi byline keeps its article",
			in:   "Par L'Agefi\nLa banque mutualiste a placé une émission obligataire de 1,5 milliard d'euros à sept ans.\n",
			want: want{Source: "L'Agefi", Removed: []string{"byline:Par L'Agefi"}}},
		{name: "agefi dateline with an apostrophe",
			in:   "PARIS (L'Agefi) - La banque mutualiste a placé une émission obligataire de 1,5 milliard d'euros à sept ans.\n",
			want: want{Source: "L'Agefi", Dateline: "PARIS (L'Agefi) -", Place: "PARIS"}},
		{name: "investir tail: share widget and a copyright of two holders",
			why: "the first holder is the publisher; the copyright line is no photo credit",
			in: "Le titre Vantera s'envole après ses résultats\n" +
				"Le titre du fabricant de robinetterie gagnait 7,5 % à 41,20 euros vers 11 heures, après la publication de résultats annuels supérieurs aux attentes.\n" +
				"Partager cet article : Facebook | X | E-mail\n© Investir – Les Echos Médias 2025\n",
			want: want{Title: "Le titre Vantera s'envole après ses résultats", Source: "Investir",
				Removed: []string{"share:Partager cet article : Facebook | X | E-mail", "copyright:© Investir – Les Echos Médias 2025"}}},
		{name: "one holder of two words",
			in:   "Le groupe a cédé sa filiale de services pour 300 millions d'euros, a-t-il annoncé lundi soir.\n(c) Dow Jones Newswires, 2026\n",
			want: want{Source: "Dow Jones Newswires", Removed: []string{"copyright:(c) Dow Jones Newswires, 2026"}}},
		{name: "marketscreener copyright",
			in:   "Le groupe a relevé sa prévision de marge opérationnelle pour l'exercice en cours.\n© MarketScreener 2026\n",
			want: want{Source: "MarketScreener", Removed: []string{"copyright:© MarketScreener 2026"}}},
		{name: "photo credit without a year stays a credit",
			in:   "Le siège du groupe à Bruxelles.\n© Jean Dupont / Hans Lucas\nLe groupe a annoncé lundi la suppression de 1 200 postes en Europe, selon un communiqué.\n",
			want: want{Source: "", Removed: []string{"credit:© Jean Dupont / Hans Lucas"}}},
		{name: "a press release is no publisher",
			in:   "Le groupe a signé un contrat de 90 millions d'euros avec un opérateur ferroviaire allemand.\nSource : communiqué de presse de la société\n",
			want: want{Source: "", Agency: "", Removed: []string{"source:Source : communiqué de presse de la société"}}},
		{name: "a source line after a release line",
			in:   "La banque centrale a laissé ses taux inchangés, comme attendu par les économistes.\nSources : Communiqué, AOF\n",
			want: want{Source: "AOF", Agency: "AOF", Removed: []string{"source:Sources : Communiqué, AOF"}}},
		{name: "headline with a rubric and a long dash stays a headline",
			why: "a city-and-dash dateline opens only a paragraph of the body",
			in: "URGENT — Le PDG de Vantera quitte ses fonctions\n" +
				"Le conseil d'administration a accepté mardi la démission du directeur général, en poste depuis six ans.\n",
			want: want{Title: "URGENT — Le PDG de Vantera quitte ses fonctions", Removed: []string{}}},
		{name: "capitals and a hyphen are no dateline",
			in:   "LVMH - Le groupe de luxe a publié un chiffre d'affaires trimestriel en recul de 3 %, pénalisé par la Chine.\n",
			want: want{Removed: []string{}}},
		{name: "capitals without a dash are no dateline",
			in:   "PARIS reste la première place financière de la zone euro, selon un classement publié mardi.\n",
			want: want{Removed: []string{}}},
		{name: "mojibake title kept as written",
			why: "the title is the exact line; the body and the stages read it repaired",
			in: "Norvane prÃ©voit une hausse de sa marge en 2026\n" +
				"(AOF) - Norvane a relevÃ© mardi sa prÃ©vision de marge opÃ©rationnelle pour l'exercice en cours.\n",
			want: want{Title: "Norvane prÃ©voit une hausse de sa marge en 2026", Source: "AOF", Dateline: "(AOF) -"}},
		{name: "title with a tilde that is no mojibake",
			in:   "La Bourse de SÃO PAULO recule de 2 %\nL'indice de la place brésilienne a reculé de 2 % lundi, pénalisé par les valeurs minières.\n",
			want: want{Title: "La Bourse de SÃO PAULO recule de 2 %"}},
		// Datelines with a date and an agency: place, ISO date when full, the source as written.
		{name: "moroccan wire, numeric date",
			in: "Attijari Finance relève son objectif de collecte\n" +
				"Rabat, 09/10/2026 (MAP) - La filiale de gestion d'actifs a porté son objectif de collecte annuelle à 4 milliards de dirhams, a-t-elle indiqué jeudi.\n",
			want: want{Title: "Attijari Finance relève son objectif de collecte", Source: "MAP",
				Dateline: "Rabat, 09/10/2026 (MAP) -", Place: "Rabat", Date: "2026-10-09", Removed: []string{}}},
		{name: "senegalese wire, written date and en dash",
			in:   "THIÈS, 21 janvier 2026 (APS) – La cimenterie a livré 1,8 million de tonnes l'an dernier, un niveau record selon sa direction générale.\n",
			want: want{Source: "APS", Dateline: "THIÈS, 21 janvier 2026 (APS) –", Place: "THIÈS", Date: "2026-01-21"}},
		{name: "ivorian wire, 'le' and no year",
			in:   "Yamoussoukro, le 2 octobre (AIP) - Les exportations de noix de cajou ont progressé de 9 % sur les neuf premiers mois, selon le ministère.\n",
			want: want{Source: "AIP", Dateline: "Yamoussoukro, le 2 octobre (AIP) -", Place: "Yamoussoukro"}},
		{name: "belgian wire, weekday and date",
			in:   "ANVERS, mardi 6 mai (Belga) - Le port a manutentionné 71 millions de tonnes au premier trimestre, en recul de 2 % sur un an.\n",
			want: want{Source: "Belga", Dateline: "ANVERS, mardi 6 mai (Belga) -", Place: "ANVERS"}},
		{name: "swiss wire in lower case",
			in:   "Lausanne (awp) - Le groupe de cartes de crédit a vu son bénéfice net grimper de 11 % au premier semestre.\n",
			want: want{Source: "awp", Dateline: "Lausanne (awp) -", Place: "Lausanne"}},
		{name: "swiss wire pair, spelled as written",
			in:   "BÂLE (AWP/ATS) - Le chimiste a confirmé ses objectifs annuels malgré un recul de 4 % de ses ventes au deuxième trimestre.\n",
			want: want{Source: "AWP/ATS", Dateline: "BÂLE (AWP/ATS) -", Place: "BÂLE"}},
		{name: "congolese wire, period before the dash",
			in:   "Lubumbashi, 3 février 2026 (ACP).- La société minière publique a signé un contrat d'enlèvement de cuivre de 600 millions de dollars.\n",
			want: want{Source: "ACP", Dateline: "Lubumbashi, 3 février 2026 (ACP).-", Place: "Lubumbashi", Date: "2026-02-03"}},
		{name: "place with a particle",
			in:   "Dar es Salaam, 14 mars (Reuters) - La banque centrale tanzanienne a laissé son taux directeur inchangé à 6 %.\n",
			want: want{Source: "Reuters", Dateline: "Dar es Salaam, 14 mars (Reuters) -", Place: "Dar es Salaam"}},
		{name: "press release wire, city, province and date",
			in:   "SHERBROOKE, QC, le 4 mars 2026 /CNW/ - La coopérative a conclu un financement de 35 millions de dollars auprès de ses partenaires.\n",
			want: want{Source: "CNW", Dateline: "SHERBROOKE, QC, le 4 mars 2026 /CNW/ -", Place: "SHERBROOKE", Date: "2026-03-04"}},
		{name: "press release wire, city and date",
			in:   "SHERBROOKE, le 4 mars 2026 /CNW/ - La coopérative a conclu un financement de 35 millions de dollars auprès de ses partenaires.\n",
			want: want{Source: "CNW", Dateline: "SHERBROOKE, le 4 mars 2026 /CNW/ -", Place: "SHERBROOKE", Date: "2026-03-04"}},
		// A city and a long dash without agency: a date or a listed place makes the dateline.
		{name: "listed place in title case",
			in:   "Gatineau — La municipalité a adopté mardi un budget de 780 millions de dollars, en hausse de 4 % sur un an.\n",
			want: want{Dateline: "Gatineau —", Place: "Gatineau"}},
		{name: "company in capitals and a long dash is no dateline",
			why: "no date, no agency, and not a listed place",
			in: "Le titre recule après ses résultats\n" +
				"SOCIÉTÉ GÉNÉRALE — Le titre recule de 3 % après la publication de résultats trimestriels inférieurs aux attentes.\n" +
				"Les analystes saluent toutefois la baisse du coût du risque.\n",
			want: want{Title: "Le titre recule après ses résultats", Dateline: "", Removed: []string{}}},
		{name: "company in capitals opening the text",
			in:   "AIR LIQUIDE — Le groupe a confirmé ses objectifs de marge pour 2026 malgré le ralentissement de la demande en Europe.\n",
			want: want{Dateline: "", Removed: []string{}}},
		{name: "title-case words that are no place",
			in:   "La Bourse — prudente depuis lundi — a fini la séance en léger repli de 0,2 %, faute de catalyseur.\n",
			want: want{Dateline: "", Removed: []string{}}},

		// Copyright lines: the holder is the source, a legal form left out; nothing wrong when unsure.
		{name: "swiss daily copyright with a comma",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n© La Liberté, 2026.\n",
			want: want{Source: "La Liberté", Removed: []string{"copyright:© La Liberté, 2026."}}},
		{name: "rights notice before the mark",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nTous droits réservés © 2026 Groupe Exemple Presse\n",
			want: want{Source: "Groupe Exemple Presse", Removed: []string{"copyright:Tous droits réservés © 2026 Groupe Exemple Presse"}}},
		{name: "company with a legal form, no dateline first",
			why:  "the publisher, not its first word",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nCopyright (c) 2026 Exemple Wire & Company, Inc.\n",
			want: want{Source: "Exemple Wire & Company", Removed: []string{"copyright:Copyright (c) 2026 Exemple Wire & Company, Inc."}}},
		{name: "holder and a reproduction notice",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n(c) 2026 L'Écho Financier. Reproduction interdite\n",
			want: want{Source: "L'Écho Financier", Removed: []string{"copyright:(c) 2026 L'Écho Financier. Reproduction interdite"}}},
		{name: "holder with SA and a long notice",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n© 2026 Exemple Médias SA - Reproduction strictement interdite sans autorisation écrite\n",
			want: want{Source: "Exemple Médias", Removed: []string{"copyright:© 2026 Exemple Médias SA - Reproduction strictement interdite sans autorisation écrite"}}},
		{name: "copyright line not read gives no source",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nCopyright (c) 2026 Exemple Wire & Company, Inc., droits de diffusion réservés aux abonnés\n",
			want: want{Source: "", Removed: []string{"copyright:Copyright (c) 2026 Exemple Wire & Company, Inc., droits de diffusion réservés aux abonnés"}}},
		{name: "photo credit with a year and two holders stays a credit",
			in: "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n© 2026 Jeanne Martin / Exemple Photo\n" +
				"La direction a confirmé ses objectifs annuels lors d'une conférence avec les analystes.\n",
			want: want{Source: "", Removed: []string{"credit:© 2026 Jeanne Martin / Exemple Photo"}}},

		// Bylines at the start or the end: removed, the name in Byline; titles and short sentences stay.
		{name: "author line before the body",
			in:   "Mathilde Perrenoud\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Byline: "Mathilde Perrenoud", Removed: []string{"byline:Mathilde Perrenoud"}}},
		{name: "author line before the headline",
			in:   "Romain Aubertin\nLa banque cantonale relève ses objectifs\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Title: "La banque cantonale relève ses objectifs", Byline: "Romain Aubertin", Removed: []string{"byline:Romain Aubertin"}}},
		{name: "a person's name as the headline",
			why: "the text goes on to name her: she is the subject",
			in: "Christine Lagarde\n" +
				"La présidente de la BCE, Christine Lagarde, a défendu jeudi le maintien des taux, jugeant l'inflation encore trop élevée.\n",
			want: want{Title: "Christine Lagarde", Byline: "", Removed: []string{}}},
		{name: "a company name as the headline",
			in: "Schneider Electric\n" +
				"Le titre Schneider a gagné 4 % après le relèvement de sa prévision de croissance organique pour l'exercice.\n",
			want: want{Title: "Schneider Electric", Removed: []string{}}},
		{name: "two authors with Par",
			in:   "Par Jean Dupont et Anne Martin\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Byline: "Jean Dupont et Anne Martin", Removed: []string{"byline:Par Jean Dupont et Anne Martin"}}},
		{name: "two authors without Par at the end",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nLouise Bernier et Marc-André Tessier\n",
			want: want{Byline: "Louise Bernier et Marc-André Tessier", Removed: []string{"byline:Louise Bernier et Marc-André Tessier"}}},
		{name: "author and city",
			in:   "Sébastien Roux, à Zurich\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Byline: "Sébastien Roux", Removed: []string{"byline:Sébastien Roux, à Zurich"}}},
		{name: "correspondent at the end",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nPar Anne Martin, correspondante à Berlin\n",
			want: want{Byline: "Anne Martin", Removed: []string{"byline:Par Anne Martin, correspondante à Berlin"}}},
		{name: "special envoy first",
			in:   "De notre envoyé spécial à Davos, Paul Girard\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Byline: "Paul Girard", Removed: []string{"byline:De notre envoyé spécial à Davos, Paul Girard"}}},
		{name: "author with a wire",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nPar Claire Vasseur, avec AFP\n",
			want: want{Source: "AFP", Byline: "Claire Vasseur", Removed: []string{"byline:Par Claire Vasseur, avec AFP"}}},
		{name: "with a wire, lower case",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\navec Reuters\n",
			want: want{Source: "Reuters", Removed: []string{"byline:avec Reuters"}}},
		{name: "with two wires",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nAvec AFP et Reuters\n",
			want: want{Source: "AFP", Removed: []string{"byline:Avec AFP et Reuters"}}},
		{name: "a short last sentence stays",
			in:   "Le groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\nAffaire à suivre.\n",
			want: want{Byline: "", Removed: []string{}}},

		// Web copies: a header naming the outlet before or after the headline is removed, its
		// outlet the source when nothing else names one; the headline stays the title.
		{name: "outlet header with a numeric date before the headline",
			in: "Le Quotidien des Marchés - 12/03/2026\nOrvanne lève 250 millions d'euros pour son fonds d'infrastructures\n" +
				"La société de gestion a bouclé la levée de son deuxième fonds, au-delà de son objectif initial de 200 millions d'euros.\n",
			want: want{Title: "Orvanne lève 250 millions d'euros pour son fonds d'infrastructures", Source: "Le Quotidien des Marchés",
				Published: "2026-03-12", Removed: []string{"source:Le Quotidien des Marchés - 12/03/2026"}}},
		{name: "outlet header with a publication time, pipe",
			in: "Exemple Hebdo | Publié le 12 mars 2026 à 10h05\nFaut-il encore miser sur les foncières\n" +
				"Après un rebond de 12 % depuis janvier, les foncières cotées restent décotées, selon plusieurs gérants interrogés.\n",
			want: want{Title: "Faut-il encore miser sur les foncières", Source: "Exemple Hebdo", Published: "2026-03-12T10:05:00",
				Removed: []string{"source:Exemple Hebdo | Publié le 12 mars 2026 à 10h05"}}},
		{name: "site header with a long dash is no dateline",
			in: "MaBourse.fr — 12 mars 2026\nCarburants : le gazole repasse au-dessus de 1,80 euro\n" +
				"Le prix du gazole a augmenté de 3 centimes en une semaine, selon les relevés hebdomadaires du ministère.\n",
			want: want{Title: "Carburants : le gazole repasse au-dessus de 1,80 euro", Source: "MaBourse.fr", Dateline: "",
				Published: "2026-03-12", Removed: []string{"source:MaBourse.fr — 12 mars 2026"}}},
		{name: "outlet header after the headline",
			in: "Orvanne lève 250 millions d'euros pour son fonds d'infrastructures\nExemple Eco, publié le jeudi 12 mars 2026 à 18h30\n" +
				"La société de gestion a bouclé la levée de son deuxième fonds, au-delà de son objectif initial de 200 millions d'euros.\n",
			want: want{Title: "Orvanne lève 250 millions d'euros pour son fonds d'infrastructures", Source: "Exemple Eco",
				Published: "2026-03-12T18:30:00", Removed: []string{"source:Exemple Eco, publié le jeudi 12 mars 2026 à 18h30"}}},
		{name: "outlet and rubric header",
			in: "La Gazette.be | Économie\nLa banque Vernel supprime 280 postes en Wallonie\n" +
				"La banque a annoncé mardi la suppression de 280 postes d'ici fin 2027, dans le cadre d'un plan d'économies.\n",
			want: want{Title: "La banque Vernel supprime 280 postes en Wallonie", Source: "La Gazette.be",
				Removed: []string{"source:La Gazette.be | Économie"}}},
		{name: "rubric and a date name no source",
			in: "Économie - 12/03/2026\nLa banque Vernel supprime 280 postes en Wallonie\n" +
				"La banque a annoncé mardi la suppression de 280 postes d'ici fin 2027, dans le cadre d'un plan d'économies.\n",
			want: want{Title: "La banque Vernel supprime 280 postes en Wallonie", Source: "", Published: "2026-03-12",
				Removed: []string{"source:Économie - 12/03/2026"}}},
		{name: "a city and a date name no source",
			in: "LYON - 12/03/2026\nLa banque Vernel supprime 280 postes en Wallonie\n" +
				"La banque a annoncé mardi la suppression de 280 postes d'ici fin 2027, dans le cadre d'un plan d'économies.\n",
			want: want{Title: "La banque Vernel supprime 280 postes en Wallonie", Source: "", Published: "2026-03-12",
				Removed: []string{"source:LYON - 12/03/2026"}}},
		{name: "the dateline comes before a header's outlet",
			in: "Exemple Hebdo - 12/03/2026\nOrvanne relève son objectif de collecte\n" +
				"(AOF) - La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n",
			want: want{Title: "Orvanne relève son objectif de collecte", Source: "AOF", Dateline: "(AOF) -", Published: "2026-03-12",
				Removed: []string{"source:Exemple Hebdo - 12/03/2026"}}},
		{name: "a copyright line comes before a header's outlet",
			in: "Exemple Hebdo - 12/03/2026\nOrvanne relève son objectif de collecte\n" +
				"La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n© 2026 Groupe Exemple Presse\n",
			want: want{Title: "Orvanne relève son objectif de collecte", Source: "Groupe Exemple Presse", Published: "2026-03-12"}},
		{name: "header, then the headline in an h1 line",
			in: "Le Quotidien des Marchés - 12/03/2026\n<h1>Orvanne lève 250 millions d'euros</h1>\n" +
				"La société de gestion a bouclé la levée de son deuxième fonds, au-delà de son objectif initial de 200 millions d'euros.\n",
			want: want{Title: "Orvanne lève 250 millions d'euros", Source: "Le Quotidien des Marchés", Published: "2026-03-12"}},
		{name: "headline, a tag line, then the header",
			in: "Orvanne lève 250 millions d'euros\n<br>\nLe Quotidien des Marchés - 12/03/2026\n<img src=\"photo.jpg\">\n" +
				"La société de gestion a bouclé la levée de son deuxième fonds, au-delà de son objectif initial de 200 millions d'euros.\n",
			want: want{Title: "Orvanne lève 250 millions d'euros", Source: "Le Quotidien des Marchés", Published: "2026-03-12",
				Removed: []string{"markup:<br>", "source:Le Quotidien des Marchés - 12/03/2026", "markup:<img src=\"photo.jpg\">"}}},
		{name: "page header with inline tags",
			in: "<div class=\"meta\"><span>Le Quotidien des Marchés</span> - <time>12/03/2026</time></div>\n<p>Orvanne lève 250 millions d'euros</p>\n" +
				"<p>La société de gestion a bouclé la levée de son deuxième fonds, au-delà de son objectif initial de 200 millions d'euros.</p>\n",
			want: want{Title: "Orvanne lève 250 millions d'euros", Source: "Le Quotidien des Marchés", Published: "2026-03-12"}},
		{name: "headline with a dash and a date stays",
			in: "Orvanne - Assemblée générale du 12 mars 2026\n" +
				"La société de gestion réunira ses actionnaires à Paris pour approuver un dividende de 1,40 euro par action.\n",
			want: want{Title: "Orvanne - Assemblée générale du 12 mars 2026", Removed: []string{}}},
		{name: "headline with a pipe stays",
			in: "Orvanne | La société de gestion relève son objectif de collecte\n" +
				"La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n",
			want: want{Title: "Orvanne | La société de gestion relève son objectif de collecte", Removed: []string{}}},
		{name: "poll headline stays",
			in: "Sondage : les épargnants boudent-ils le livret A ?\n" +
				"Selon une enquête publiée mardi, 42 % des épargnants jugent le taux du livret A insuffisant face à l'inflation.\n",
			want: want{Title: "Sondage : les épargnants boudent-ils le livret A ?", Removed: []string{}}},
		{name: "headline naming a newsroom role stays",
			in: "Jean Dupont, nouveau rédacteur en chef de L'Hebdo Exemple\n" +
				"Le journaliste succédera le 1er avril à Claire Morin, qui dirigeait la rédaction depuis 2019, a annoncé le groupe.\n",
			want: want{Title: "Jean Dupont, nouveau rédacteur en chef de L'Hebdo Exemple", Removed: []string{}}},

		// Bylines with separators and counters, newsroom roles, "Rédigé par".
		{name: "byline with a date and a word count",
			in: "Orvanne relève son objectif de collecte\nPar Jean Dupont | 12/03/2026 | 540 mots\n" +
				"La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n",
			want: want{Title: "Orvanne relève son objectif de collecte", Byline: "Jean Dupont", Published: "2026-03-12",
				Removed: []string{"byline:Par Jean Dupont | 12/03/2026 | 540 mots"}}},
		{name: "author and role",
			in: "Orvanne relève son objectif de collecte\nClaire Morin - Journaliste\n" +
				"La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n",
			want: want{Title: "Orvanne relève son objectif de collecte", Byline: "Claire Morin", Removed: []string{"byline:Claire Morin - Journaliste"}}},
		{name: "newsroom with its outlet",
			in:   "La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\nPar la rédaction de Exemple Hebdo\n",
			want: want{Source: "Exemple Hebdo", Removed: []string{"byline:Par la rédaction de Exemple Hebdo"}}},
		{name: "written by, period left out of the byline",
			in:   "La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\nArticle rédigé par Anne Martin.\n",
			want: want{Byline: "Anne Martin", Removed: []string{"byline:Article rédigé par Anne Martin."}}},
		{name: "relative time and reading time give no byline",
			in: "Orvanne relève son objectif de collecte\nIl y a 2 jours | Temps de lecture : 3 min\n" +
				"La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n",
			want: want{Title: "Orvanne relève son objectif de collecte", Byline: "",
				Removed: []string{"timestamp:Il y a 2 jours | Temps de lecture : 3 min"}}},
		{name: "publication and modification times",
			in: "Orvanne relève son objectif de collecte\nPublié le 12/03/2026 à 10:05 / Modifié le 12/03/2026 à 11:20\n" +
				"La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\n",
			want: want{Title: "Orvanne relève son objectif de collecte", Published: "2026-03-12T10:05:00", Updated: "2026-03-12T11:20:00",
				Removed: []string{"timestamp:Publié le 12/03/2026 à 10:05 / Modifié le 12/03/2026 à 11:20"}}},

		// Copyright lines that name the outlet first: the outlet is the source.
		{name: "outlet, mark and year",
			in:   "La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\nJeune Exemple © 2026\n",
			want: want{Source: "Jeune Exemple", Removed: []string{"copyright:Jeune Exemple © 2026"}}},
		{name: "outlet, mark, year and owner",
			in:   "La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\nL'Écho du Marché © 2026 Exemple Médias\n",
			want: want{Source: "L'Écho du Marché", Removed: []string{"copyright:L'Écho du Marché © 2026 Exemple Médias"}}},
		{name: "outlet and the word copyright before the mark",
			in:   "La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\nExemple Info Copyright ©2026\n",
			want: want{Source: "Exemple Info", Removed: []string{"copyright:Exemple Info Copyright ©2026"}}},
		{name: "a caption with a photo agency gives no source",
			in: "La société de gestion a relevé jeudi son objectif de collecte annuelle à 2 milliards d'euros.\nChristine Lagarde © AFP\n" +
				"La présidente de la BCE a défendu jeudi le maintien des taux directeurs à leur niveau actuel.\n",
			want: want{Source: ""}},

		// Publication times in French and English.
		{name: "english date and time",
			in:   "April 7, 2026 at 8:30 pm\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Published: "2026-04-07T20:30:00", Removed: []string{"timestamp:April 7, 2026 at 8:30 pm"}}},
		{name: "english date, day first",
			in:   "7 April 2026\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Published: "2026-04-07", Removed: []string{"timestamp:7 April 2026"}}},
		{name: "french date with spaced hours",
			in:   "Le 7 avril 2026 à 8 h 30\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Published: "2026-04-07T08:30:00", Removed: []string{"timestamp:Le 7 avril 2026 à 8 h 30"}}},
		{name: "dotted date",
			in:   "07.04.2026 08:30\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Published: "2026-04-07T08:30:00", Removed: []string{"timestamp:07.04.2026 08:30"}}},
		{name: "update before the publication time",
			why: "the update gives the published time only when no line gives one",
			in:  "Mise à jour : 08/04/2026 à 10h15\nPublié le 7 avril 2026 à 18h00\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Published: "2026-04-07T18:00:00", Updated: "2026-04-08T10:15:00",
				Removed: []string{"timestamp:Mise à jour : 08/04/2026 à 10h15", "timestamp:Publié le 7 avril 2026 à 18h00"}}},
		{name: "update alone",
			in:   "Mis à jour le 07/04/2026\nLe groupe a relevé mardi sa prévision de marge opérationnelle pour l'exercice en cours, après un bon trimestre.\n",
			want: want{Published: "2026-04-07", Updated: "2026-04-07", Removed: []string{"timestamp:Mis à jour le 07/04/2026"}}},
	}
	c := clean.Default()
	names := testutil.NewNames(t)
	for _, tt := range tests {
		names.Add(tt.name)
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.in)
			checkTiling(t, tt.in, r)
			got := want{Title: r.Title, Source: r.Source, Agency: r.Agency, Dateline: r.Dateline.Text, Place: r.Dateline.Place,
				Date: r.Dateline.Date, Byline: r.Byline, Published: r.Published, Updated: r.Updated}
			w := tt.want
			if w.Removed != nil {
				got.Removed = removed(r)
				if got.Removed == nil {
					got.Removed = []string{}
				}
			}
			if diff := cmp.Diff(w, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			for _, s := range r.Segments {
				if s.Role == clean.RoleTitle && !strings.Contains(tt.in, s.Text) {
					t.Errorf("title segment %q is not input text", s.Text)
				}
			}
		})
	}
}
