package quotes

import (
	"testing"

	"github.com/depeche-go/depeche/entities"
	"github.com/google/go-cmp/cmp"
)

// TestResolveWithEntities checks how sources and speakers resolve with the
// entities of the pipeline: descriptive noun phrases, pronouns, surnames,
// relative clauses, names the entities package does not know.
func TestResolveWithEntities(t *testing.T) {
	cases := []struct {
		name, in   string
		src, quote string // the source of the last attribution; the canonical speaker of the last quote
		spk        string // the speaker of the last quote as written, when given
	}{
		{name: "surname after full name",
			in:  "Le directeur financier de Brevalon, Hugo Lacoste, a détaillé les comptes. Lacoste a précisé que la marge progresserait.",
			src: "Hugo Lacoste"},
		{name: "surname with title",
			in:  "Le directeur général, Antoine Marchetti, présentait les comptes. M. Marchetti estime que la demande tiendra.",
			src: "Antoine Marchetti"},
		{name: "unknown company then le groupe",
			in:  "Brevalon a publié mardi un chiffre d'affaires en hausse. Le groupe dit s'attendre à une année record.",
			src: "Brevalon"},
		{name: "unknown company then descriptive noun",
			in:  "Stellavia Industries a livré quarante appareils au troisième trimestre. L'avionneur toulousain anticipe une hausse de 8 % de ses livraisons.",
			src: "Stellavia Industries"},
		{name: "relative clause with an amount",
			in:  "Orvanne a bouclé son exercice. Le groupe, qui a réalisé un bénéfice de 31,5 millions d'euros, précise que le dividende sera maintenu.",
			src: "Orvanne"},
		{name: "relative clause with a place",
			in:  "Le laboratoire Quintessa, qui emploie 900 personnes en Belgique, affirme que le site restera ouvert.",
			src: "Quintessa"},
		{name: "pronoun after a title apposition",
			in:  "« La demande reste ferme », a déclaré la cheffe des opérations, Julie Perrault, lors d'une conférence. Elle a ajouté que les prix resteraient stables.",
			src: "Julie Perrault", quote: "Julie Perrault"},
		{name: "coordinated titles",
			in:    "« Nous tiendrons nos objectifs », a affirmé le président et chef de la direction, Louis Bergevin-Tardif.",
			quote: "Louis Bergevin-Tardif"},
		{name: "fragment with a trailing incise",
			in:    "La vente s'est faite à « un prix sans rapport avec la valeur du site », affirme la société Norvane dans son recours.",
			quote: "Norvane"},
		{name: "le groupe is the buyer named as a company",
			in:  "Le groupe pharmaceutique Valdoria rachète le laboratoire Mistrel pour 200 millions d'euros. Mistrel a réalisé l'an dernier un chiffre d'affaires de 40 millions d'euros et Mistrel emploie 150 personnes. La transaction sera bouclée en juin, a annoncé mardi le groupe.",
			src: "Valdoria"},
		{name: "l'assureur is the company named with that noun",
			in:  "L'assureur Cormelis cède sa filiale Brixane à un fonds. Brixane compte 300 salariés et Brixane reste rentable. L'opération sera finalisée d'ici l'été, précise l'assureur.",
			src: "Cormelis"},
		{name: "la banque after un analyste de X",
			in:  "Natixis a gagné 1 % à 3 euros. Selon un analyste de Berlioz Securities, « le titre reste bon marché au vu des marges ». D'après la banque, l'action pourrait encore monter de 20 %.",
			src: "Berlioz Securities"},
		{name: "un porte-parole de X",
			in:    "La grève a été reconduite. Selon un porte-parole de Varnex, « les discussions se poursuivent avec les syndicats ».",
			quote: "Varnex"},
		{name: "company named only after the cue",
			in:  "Le chiffre d'affaires a progressé de 8 % au premier semestre, indique un communiqué du groupe.\n\n« La demande reste forte dans le résidentiel », ajoute Varnelia.",
			src: "Varnelia"},
		{name: "pronoun skips a document source",
			in:    "Le laboratoire Caldera Pharma a accepté de verser 2 milliards de dollars, selon des documents judiciaires consultés par l'AFP. « Nous ferons appel de cette décision », a-t-il ajouté.",
			quote: "Caldera Pharma"},
		{name: "pronoun skips a report source",
			in:    "Le constructeur Ravelli a réduit sa production, selon une note interne. « Le marché italien reste atone », a-t-il expliqué.",
			quote: "Ravelli"},
		{name: "elle skips a masculine subject",
			in:  "« Nous restons prudents », a reconnu la présidente de Banque Sorel, Hélène Carrier. Le groupe a ensuite indiqué que ses coûts baisseraient de 3 %. Elle a ajouté que les embauches étaient gelées.",
			src: "Hélène Carrier"},
		{name: "il skips a feminine subject",
			in:  "« La demande tient », a déclaré le directeur général de Varnelia, Marc Rivet. La société a précisé que ses marges progresseraient. Il a souligné que les prix resteraient stables.",
			src: "Marc Rivet"},
		{name: "elle for the company named with a feminine noun",
			in:  "La société Varnelia a publié ses comptes. Le directeur général a commenté les chiffres. Elle estime que les marges vont remonter.",
			src: "Varnelia"},
		{name: "l'agence after a news agency",
			in:  "Dravel serait en discussions pour racheter Ferlac, selon Bloomberg. Ferlac et Dravel n'ont pas commenté. Un accord pourrait intervenir d'ici juin, précise l'agence.",
			src: "Bloomberg"},
		{name: "l'agence de notation after a rating agency",
			in:  "Dravel a relevé ses prix. Moody's a confirmé la note de Dravel. La dette devrait baisser en 2026, estime l'agence de notation.",
			src: "Moody's"},
		{name: "le syndicat introduced with its name",
			in:  "Le syndicat Verdal a dénoncé la fermeture du site de Lyon chez Dravel. Dravel emploie 800 personnes. Les salaires les plus bas n'atteignent pas 1 900 euros, selon le syndicat.",
			src: "Verdal"},
		{name: "le syndicat after a known union",
			in:  "La CFDT a signé l'accord salarial chez Dravel. Les hausses atteindront 3 % en moyenne, selon le syndicat.",
			src: "Confédération française démocratique du travail"},
		{name: "le cabinet in apposition after the name",
			in:  "Kerwood, le cabinet de conseil, a étudié le marché pour Dravel. Les coûts baisseront de 5 %, indique le cabinet.",
			src: "Kerwood"},
		{name: "a description before the name",
			in:  "Dravel a publié une perte. Les analystes tablaient sur une perte de 10 cents par action, selon la firme de données financières LSEG.",
			src: "London Stock Exchange Group"},
		{name: "quantified analysts of a bank",
			in:  "Le titre Dravel reste trop cher, jugent la plupart des analystes de Natixis.",
			src: "Natixis"},
		{name: "inverted pronoun closing the clause of a regulator",
			in:  "Ferlac Gestion conteste la décision. L'Autorité des marchés financiers (AMF) a infligé une amende de 3 millions d'euros à la société de gestion Ferlac Gestion pour des manquements, a-t-elle annoncé mardi.",
			src: "Autorité des marchés financiers"},
		{name: "participle after a subordinate clause",
			in:    "Le secteur a reculé : Maison Dravel a perdu 3 %, après que Barclays a abaissé son objectif de 120 à 105 euros, jugeant que « la demande américaine restera faible cette année ».",
			quote: "Barclays"},
		{name: "a note with no author in a sentence about a bank",
			in:  "Les cours du cuivre ont progressé, portés par Ferlac Mining. Ferlac Mining a relevé sa production. Morgan Stanley a relevé sa prévision de prix pour le quatrième trimestre à 11 000 dollars, selon une note publiée jeudi soir.",
			src: "Morgan Stanley"},
		{name: "a capitalised agent noun inside a name",
			in:  "Le Fonds monétaire international estime que la croissance mondiale ralentira en 2027.",
			src: "Fonds monétaire international"},
		{name: "la banque centrale after a central bank and a commercial bank",
			in:  "La BCE a maintenu ses taux jeudi. BNP Paribas a salué la décision. L'inflation devrait revenir à 2 % en 2026, a indiqué la banque centrale.",
			src: "Banque centrale européenne"},
		{name: "ce dernier is the one named last",
			in:  "Ferlac Industries a cédé sa filiale à Dravel Holding. Ce dernier estime que l'opération créera de la valeur.",
			src: "Dravel Holding"},
		{name: "selon before a clause that ends in a quote also attributes",
			in:    "Dravel a bondi de 20 % après l'offre de Ferlac. Dans la foulée, Berlioz Midcap relève son objectif de cours de 11 à 14 euros. Selon le broker, une surenchère paraît « peu probable compte tenu du verrouillage du capital ».",
			src:   "Berlioz Midcap",
			quote: "Berlioz Midcap"},
		{name: "la banque after a bank named since the one introduced as a bank",
			in:  "La banque Jefferies a relevé son objectif sur Dravel. BNP Paribas reste à l'achat sur le titre. Selon la banque, la marge va remonter.",
			src: "BNP Paribas"},
		{name: "la banque introduced as a bank, a company named since",
			in:  "La banque Jefferies a relevé son objectif sur Dravel. Ferlac a publié ses comptes. Selon la banque, la marge va remonter.",
			src: "Jefferies"},
		{name: "a unit after a number is no name",
			in:  "La société Brevalon a publié ses comptes. Son chiffre d'affaires a atteint 1,4 Md€, contre 1,2 Md€ et 0,9 Md€ auparavant. Elle prévoit une hausse de 6 % en 2027.",
			src: "Brevalon"},
		{name: "an acronym in brackets counts once",
			in:  "Quenvia s'envole en Bourse après le feu vert de la Food and Drug Administration (FDA) à son traitement. Quenvia a levé 40 millions d'euros en mars. La société précise que le lancement aura lieu en 2027.",
			src: "Quenvia"},
		{name: "a company noun with its complement before the name",
			in:  "Le fabricant de capteurs Ivralis a conclu un accord avec Schneider Electric. Schneider Electric vendra les capteurs dans quarante pays, a indiqué la société.",
			src: "Ivralis"},
		{name: "a subject wins a tie",
			in:  "Ivralis a signé un accord de distribution avec Schneider Electric, a annoncé la société mardi.",
			src: "Ivralis"},
		{name: "les analystes are not the company that spoke",
			in:  "Provane a précisé que son bénéfice par action avait atteint 1,41 euro. Le bénéfice ajusté a atteint 1,44 euro, alors que les analystes s'attendaient à 1,37 euro.",
			src: "les analystes"},
		{name: "les analystes after a broker quoted",
			in:  "Provane a gagné 3 %. Selon Jefferies, la marge va remonter. Les analystes s'attendent à une hausse du dividende.",
			src: "Jefferies"},
		{name: "a poll by a described firm",
			in:  "Provane a dégagé un bénéfice de 1,2 milliard de dollars, alors que les analystes sondés par la firme LSEG attendaient 1,1 milliard.",
			src: "les analystes sondés par la firme LSEG"},
		{name: "the analysts of the broker named as a noun",
			in:  "Provane gagne 3 %. Dans la foulée, Oddo BHF a relevé son objectif de cours de 62 à 71 euros. Les analystes du bureau d'études tablent désormais sur un bénéfice par action de 4,35 euros.",
			src: "Oddo BHF"},
		{name: "la société is no regulator",
			in:  "Ardelis : feu vert de l'Agence européenne des médicaments\n\nArdelis bondit de 12 % après l'avis favorable de l'Agence européenne des médicaments (EMA) pour son vaccin. L'EMA avait demandé des données complémentaires en 2025. La société précise que le lancement interviendra en 2027.",
			src: "Ardelis"},
		{name: "le groupe is the company the dispatch opens with",
			in:  "Ardelis rachète Brenval\n\nArdelis va racheter son concurrent Brenval pour 300 millions d'euros. Brenval a réalisé un chiffre d'affaires de 80 millions d'euros en 2025. L'opération sera finalisée en juin, a précisé le groupe.",
			src: "Ardelis"},
		{name: "la société is not the product it launches",
			in:  "Ardelis lance Corvax Pro\n\nArdelis lance Corvax Pro, une nouvelle version de son logiciel. Corvax Pro sera commercialisé dès janvier, a annoncé la société.",
			src: "Ardelis"},
		{name: "le groupe is the company that spoke just before",
			in:  "Brevets : Ardelis attaque son ancien partenaire Corvane\n\nArdelis a engagé une action en contrefaçon contre Corvane devant le tribunal de Paris. Ardelis réclame 50 millions d'euros à Corvane. Interrogé, Corvane conteste ces accusations. Le groupe affirme que ses produits reposent sur ses propres brevets.",
			src: "Corvane"},
		{name: "le groupe after a source of selon is still the company",
			in:  "Ardelis a publié ses comptes annuels. Ardelis a vu son bénéfice reculer. Selon Jefferies, la marge a touché un point bas. Le groupe prévoit une hausse de 5 % de ses ventes en 2027.",
			src: "Ardelis"},
		{name: "an incise pronoun after le groupe is the last speaker",
			in:  "« L'année confirme notre stratégie en Afrique de l'Ouest », a souligné le président du directoire, Karim Bennani. Le groupe prévoit d'investir entre 1,5 et 2 milliards de dirhams d'ici 2028, a-t-il indiqué.",
			src: "Karim Bennani"},
		{name: "a company noun with a complement after pour",
			in:  "Norvane s'envole de 9 %. Le fabricant de composants pour l'aéronautique vise désormais une marge de 14,5 %.",
			src: "Norvane"},
		{name: "a person before a title in apposition",
			in:    "Marc Rivet, le PDG d'Ardelis, a déclaré : « Nous ne céderons pas la division énergie. »",
			quote: "Marc Rivet", spk: "Marc Rivet"},
		{name: "a partitive pronoun",
			in:  "Trois sources proches du dossier ont confirmé les discussions. L'une d'elles a précisé que l'offre serait en numéraire.",
			src: "L'une d'elles"},
		{name: "a colon after the subject's relative clause",
			in:    "Valmonde a publié ses comptes. Le président du directoire, Paul Girard, qui se veut confiant pour la suite :\n\n« Nous tiendrons nos objectifs de marge cette année. »",
			quote: "Paul Girard"},
		{name: "an outlet between the verb and the inverted subject",
			in:    "« Nous ne voulons pas devenir un acteur de niche », a expliqué au Figaro son directeur général, Laurent Girard. Il a ajouté que la banque n'excluait pas des acquisitions.",
			src:   "Laurent Girard",
			quote: "Laurent Girard"},
	}
	a := Default()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents := entities.Default().FindAll(c.in)
			qs, as, _ := a.FindIn(c.in, nil, ents)
			if c.src != "" {
				if len(as) == 0 || as[len(as)-1].Source != c.src {
					t.Errorf("attributions %+v, want source %q", as, c.src)
				}
			}
			if c.quote != "" {
				if len(qs) == 0 || qs[len(qs)-1].SpeakerCanonical != c.quote {
					t.Errorf("quotes %+v, want speaker %q", qs, c.quote)
				}
			}
			if c.spk != "" {
				if len(qs) == 0 || qs[len(qs)-1].Speaker != c.spk {
					t.Errorf("quotes %+v, want the speaker written %q", qs, c.spk)
				}
			}
		})
	}
}

// TestVia checks the outlet of each quote: the exchange it came from, spread
// to the speaker's other quotes, and none for words given through a channel
// of their own.
func TestVia(t *testing.T) {
	cases := []struct {
		name, in string
		via      []string // per quote, in order
	}{
		{name: "a channel named before the subject",
			in:  "« Nous ne céderons pas la division », a déclaré Jean Dupont à Reuters lundi. Mardi, sur LinkedIn, Jean Dupont a écrit : « Nous irons jusqu'au bout ».",
			via: []string{"Reuters", ""}},
		{name: "a communiqué named before the subject",
			in:  "« Nous ne céderons pas la division », a déclaré Jean Dupont à Reuters lundi. Dans un communiqué, Jean Dupont a ajouté : « Nous irons jusqu'au bout ».",
			via: []string{"Reuters", ""}},
		{name: "an interview named before the subject",
			in:  "Dans un entretien accordé au Figaro, Jean Dupont affirme : « La fusion créera de la valeur ». « Nous garderons tous les sites », ajoute-t-il.",
			via: []string{"Le Figaro", "Le Figaro"}},
		{name: "another speaker has no outlet",
			in:  "« Nous ne céderons pas la division », a dit Jean Dupont à Reuters. « Cette offre est hostile et sous-évaluée », a répondu Paul Mercier.",
			via: []string{"Reuters", ""}},
		{name: "an incise to an outlet before its subject, then a quote of that subject",
			in:  "Dravel pourrait céder sa filiale, a indiqué à Reuters une source proche du dossier. « Rien n'est encore signé », a-t-elle ajouté.",
			via: []string{"Reuters"}},
		{name: "an outlet before the inverted subject",
			in:  "« Nous ne voulons pas devenir un acteur de niche », a expliqué au Figaro son directeur général, Laurent Girard. « Notre force reste la proximité », a-t-il ajouté.",
			via: []string{"Le Figaro", "Le Figaro"}},
		{name: "a medium described before its name",
			in:  "« Nous défendrons notre indépendance », a assuré la présidente du directoire, Katrin Albers, citée par le quotidien économique Handelsblatt.",
			via: []string{"Handelsblatt"}},
		{name: "the outlet of a later exchange",
			in:  "« Nos résultats sont solides cette année », a indiqué Jean Dupont dans un communiqué. « Nous restons ouverts à des discussions », a-t-il ajouté à l'AFP.",
			via: []string{"", "Agence France-Presse"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs, _, _ := Default().FindIn(c.in, nil, entities.Default().FindAll(c.in))
			var got []string
			for _, q := range qs {
				got = append(got, q.Via)
			}
			if diff := cmp.Diff(c.via, got); diff != "" {
				t.Errorf("vias (-want +got):\n%s", diff)
			}
		})
	}
}
