//! Municipalities whose official Swedish name differs from the Finnish one, so that a filter
//! reads "Villmanstrand" to a Swedish-speaking user. Source: Statistics Finland's municipality
//! classification 2021 (CC BY 4.0).

use super::Language;

/// (Finnish, Swedish) official names.
const NAMES: &[(&str, &str)] = &[
    ("Alavus", "Alavo"),
    ("Akaa", "Ackas"),
    ("Enontekiö", "Enontekis"),
    ("Espoo", "Esbo"),
    ("Eurajoki", "Euraåminne"),
    ("Hailuoto", "Karlö"),
    ("Halsua", "Halso"),
    ("Hamina", "Fredrikshamn"),
    ("Hanko", "Hangö"),
    ("Hartola", "Gustav Adolfs"),
    ("Helsinki", "Helsingfors"),
    ("Vantaa", "Vanda"),
    ("Huittinen", "Vittis"),
    ("Hyvinkää", "Hyvinge"),
    ("Hämeenkyrö", "Tavastkyro"),
    ("Hämeenlinna", "Tavastehus"),
    ("Ii", "Ijo"),
    ("Iisalmi", "Idensalmi"),
    ("Iitti", "Itis"),
    ("Ikaalinen", "Ikalis"),
    ("Ilmajoki", "Ilmola"),
    ("Ilomantsi", "Ilomants"),
    ("Inari", "Enare"),
    ("Inkoo", "Ingå"),
    ("Isojoki", "Storå"),
    ("Isokyrö", "Storkyro"),
    ("Jokioinen", "Jockis"),
    ("Joroinen", "Jorois"),
    ("Juuka", "Juga"),
    ("Järvenpää", "Träskända"),
    ("Kaarina", "S:t Karins"),
    ("Kajaani", "Kajana"),
    ("Karijoki", "Bötom"),
    ("Karkkila", "Högfors"),
    ("Kaskinen", "Kaskö"),
    ("Kauniainen", "Grankulla"),
    ("Kaustinen", "Kaustby"),
    ("Kerava", "Kervo"),
    ("Keuruu", "Keuru"),
    ("Kirkkonummi", "Kyrkslätt"),
    ("Kitee", "Kides"),
    ("Kokemäki", "Kumo"),
    ("Kokkola", "Karleby"),
    ("Kontiolahti", "Kontiolax"),
    ("Koski Tl", "Koskis"),
    ("Kristiinankaupunki", "Kristinestad"),
    ("Kruunupyy", "Kronoby"),
    ("Kuhmoinen", "Kuhmois"),
    ("Kustavi", "Gustavs"),
    ("Kemiönsaari", "Kimitoön"),
    ("Lahti", "Lahtis"),
    ("Laihia", "Laihela"),
    ("Laitila", "Letala"),
    ("Lappeenranta", "Villmanstrand"),
    ("Lapinjärvi", "Lappträsk"),
    ("Lapua", "Lappo"),
    ("Laukaa", "Laukas"),
    ("Lieto", "Lundo"),
    ("Liminka", "Limingo"),
    ("Liperi", "Libelits"),
    ("Loviisa", "Lovisa"),
    ("Luoto", "Larsmo"),
    ("Lohja", "Lojo"),
    ("Parainen", "Pargas"),
    ("Maalahti", "Malax"),
    ("Maarianhamina", "Mariehamn"),
    ("Marttila", "S:t Mårtens"),
    ("Merikarvia", "Sastmola"),
    ("Mikkeli", "S:t Michel"),
    ("Mustasaari", "Korsholm"),
    ("Mynämäki", "Virmo"),
    ("Myrskylä", "Mörskom"),
    ("Naantali", "Nådendal"),
    ("Nousiainen", "Nousis"),
    ("Närpiö", "Närpes"),
    ("Oulu", "Uleåborg"),
    ("Paimio", "Pemar"),
    ("Pietarsaari", "Jakobstad"),
    ("Pedersören kunta", "Pedersöre"),
    ("Pirkkala", "Birkala"),
    ("Pomarkku", "Påmark"),
    ("Pori", "Björneborg"),
    ("Pornainen", "Borgnäs"),
    ("Pyhtää", "Pyttis"),
    ("Porvoo", "Borgå"),
    ("Raahe", "Brahestad"),
    ("Raisio", "Reso"),
    ("Rauma", "Raumo"),
    ("Ruokolahti", "Ruokolax"),
    ("Raasepori", "Raseborg"),
    ("Sauvo", "Sagu"),
    ("Savonlinna", "Nyslott"),
    ("Siikainen", "Siikais"),
    ("Sipoo", "Sibbo"),
    ("Siuntio", "Sjundeå"),
    ("Taivassalo", "Tövsala"),
    ("Tampere", "Tammerfors"),
    ("Teuva", "Östermark"),
    ("Tornio", "Torneå"),
    ("Turku", "Åbo"),
    ("Tuusula", "Tusby"),
    ("Ulvila", "Ulvsby"),
    ("Uusikaarlepyy", "Nykarleby"),
    ("Uusikaupunki", "Nystad"),
    ("Vaasa", "Vasa"),
    ("Vehmaa", "Vemo"),
    ("Veteli", "Vetil"),
    ("Vihti", "Vichtis"),
    ("Vimpeli", "Vindala"),
    ("Virolahti", "Vederlax"),
    ("Virrat", "Virdois"),
    ("Vöyri", "Vörå"),
    ("Ylitornio", "Övertorneå"),
    ("Ähtäri", "Etseri"),
];

/// A municipality's name in `language`: the Swedish name for Swedish, the Finnish one
/// otherwise; a name polku does not know is shown as the catalogue writes it.
pub fn municipality_name(name: &str, language: Language) -> &str {
    let found = NAMES
        .iter()
        .find(|(fi, sv)| fi.eq_ignore_ascii_case(name) || sv.eq_ignore_ascii_case(name));
    match (found, language) {
        (Some((_, sv)), Language::Sv) => sv,
        (Some((fi, _)), _) => fi,
        (None, _) => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_municipality_is_named_in_the_interface_language() {
        assert_eq!(
            municipality_name("Lappeenranta", Language::Sv),
            "Villmanstrand"
        );
        assert_eq!(
            municipality_name("Villmanstrand", Language::Fi),
            "Lappeenranta"
        );
        assert_eq!(
            municipality_name("Lappeenranta", Language::En),
            "Lappeenranta"
        );
        assert_eq!(municipality_name("Imatra", Language::Sv), "Imatra");
    }
}
