package entities
import ("testing";"fmt")
func TestTmp(t *testing.T){
 for _, s := range []string{"Le chiffre d'affaires atteint 1,2 MdE sur l'exercice, contre 980 ME et 3 Mds€ de 2 M€ et 4 MEUR.", "Olivier Garnier est directeur financier. M. Garnier a précisé que la marge progresse."} {
 for _, e := range Default().FindAll(s) { fmt.Printf("%+v\n", e)}}
}
