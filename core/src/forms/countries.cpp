#include "countries.hpp"

#include <string>
#include <unordered_map>

#include "fold.hpp"

namespace takedown::forms {
namespace {

// alpha-2, alpha-3, numeric, then names in en, nl, de, fr, es, it, pt, pl.
constexpr Country table[] = {
    {"AF", "AFG", 4, {"Afghanistan", "Afghanistan", "Afghanistan", "Afghanistan", "Afganistán", "Afghanistan", "Afeganistão", "Afganistan"}},
    {"AX", "ALA", 248, {"Åland Islands|Aland", "Åland", "Ålandinseln", "Îles Åland", "Islas Aland", "Isole Åland", "Ilhas Aland", "Wyspy Alandzkie"}},
    {"AL", "ALB", 8, {"Albania", "Albanië", "Albanien", "Albanie", "Albania", "Albania", "Albânia", "Albania"}},
    {"DZ", "DZA", 12, {"Algeria", "Algerije", "Algerien", "Algérie", "Argelia", "Algeria", "Argélia", "Algieria"}},
    {"AS", "ASM", 16, {"American Samoa", "Amerikaans-Samoa", "Amerikanisch-Samoa", "Samoa américaines", "Samoa Americana", "Samoa americane", "Samoa Americana", "Samoa Amerykańskie"}},
    {"AD", "AND", 20, {"Andorra", "Andorra", "Andorra", "Andorre", "Andorra", "Andorra", "Andorra", "Andora"}},
    {"AO", "AGO", 24, {"Angola", "Angola", "Angola", "Angola", "Angola", "Angola", "Angola", "Angola"}},
    {"AI", "AIA", 660, {"Anguilla", "Anguilla", "Anguilla", "Anguilla", "Anguila", "Anguilla", "Anguila", "Anguilla"}},
    {"AQ", "ATA", 10, {"Antarctica", "Antarctica", "Antarktis", "Antarctique", "Antártida", "Antartide", "Antártida", "Antarktyda"}},
    {"AG", "ATG", 28, {"Antigua and Barbuda|Antigua & Barbuda", "Antigua en Barbuda", "Antigua und Barbuda", "Antigua-et-Barbuda", "Antigua y Barbuda", "Antigua e Barbuda", "Antígua e Barbuda", "Antigua i Barbuda"}},
    {"AR", "ARG", 32, {"Argentina", "Argentinië", "Argentinien", "Argentine", "Argentina", "Argentina", "Argentina", "Argentyna"}},
    {"AM", "ARM", 51, {"Armenia", "Armenië", "Armenien", "Arménie", "Armenia", "Armenia", "Armênia|Arménia", "Armenia"}},
    {"AW", "ABW", 533, {"Aruba", "Aruba", "Aruba", "Aruba", "Aruba", "Aruba", "Aruba", "Aruba"}},
    {"AU", "AUS", 36, {"Australia", "Australië", "Australien", "Australie", "Australia", "Australia", "Austrália", "Australia"}},
    {"AT", "AUT", 40, {"Austria", "Oostenrijk", "Österreich", "Autriche", "Austria", "Austria", "Áustria", "Austria"}},
    {"AZ", "AZE", 31, {"Azerbaijan", "Azerbeidzjan", "Aserbaidschan", "Azerbaïdjan", "Azerbaiyán", "Azerbaigian", "Azerbaijão", "Azerbejdżan"}},
    {"BS", "BHS", 44, {"Bahamas|The Bahamas", "Bahama's", "Bahamas", "Bahamas", "Bahamas", "Bahamas", "Bahamas", "Bahamy"}},
    {"BH", "BHR", 48, {"Bahrain", "Bahrein", "Bahrain", "Bahreïn", "Baréin|Bahréin", "Bahrein", "Bahrein|Barém", "Bahrajn"}},
    {"BD", "BGD", 50, {"Bangladesh", "Bangladesh", "Bangladesch", "Bangladesh", "Bangladés", "Bangladesh", "Bangladesh", "Bangladesz"}},
    {"BB", "BRB", 52, {"Barbados", "Barbados", "Barbados", "Barbade", "Barbados", "Barbados", "Barbados", "Barbados"}},
    {"BY", "BLR", 112, {"Belarus", "Belarus|Wit-Rusland", "Belarus|Weißrussland", "Biélorussie|Bélarus", "Bielorrusia", "Bielorussia", "Bielorrússia", "Białoruś"}},
    {"BE", "BEL", 56, {"Belgium", "België", "Belgien", "Belgique", "Bélgica", "Belgio", "Bélgica", "Belgia"}},
    {"BZ", "BLZ", 84, {"Belize", "Belize", "Belize", "Belize", "Belice", "Belize", "Belize", "Belize"}},
    {"BJ", "BEN", 204, {"Benin", "Benin", "Benin", "Bénin", "Benín", "Benin", "Benin", "Benin"}},
    {"BM", "BMU", 60, {"Bermuda", "Bermuda", "Bermuda", "Bermudes", "Bermudas", "Bermuda", "Bermudas", "Bermudy"}},
    {"BT", "BTN", 64, {"Bhutan", "Bhutan", "Bhutan", "Bhoutan", "Bután", "Bhutan", "Butão", "Bhutan"}},
    {"BO", "BOL", 68, {"Bolivia", "Bolivia", "Bolivien", "Bolivie", "Bolivia", "Bolivia", "Bolívia", "Boliwia"}},
    {"BQ", "BES", 535, {"Caribbean Netherlands|Bonaire, Sint Eustatius and Saba|Bonaire", "Caribisch Nederland|Bonaire, Sint Eustatius en Saba", "Karibische Niederlande", "Pays-Bas caribéens", "Caribe neerlandés", "Caraibi olandesi", "Países Baixos Caribenhos", "Niderlandy Karaibskie"}},
    {"BA", "BIH", 70, {"Bosnia and Herzegovina|Bosnia & Herzegovina|Bosnia", "Bosnië en Herzegovina", "Bosnien und Herzegowina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnia ed Erzegovina", "Bósnia e Herzegovina", "Bośnia i Hercegowina"}},
    {"BW", "BWA", 72, {"Botswana", "Botswana", "Botsuana|Botswana", "Botswana", "Botsuana", "Botswana", "Botsuana", "Botswana"}},
    {"BV", "BVT", 74, {"Bouvet Island", "Bouveteiland", "Bouvetinsel", "Île Bouvet", "Isla Bouvet", "Isola Bouvet", "Ilha Bouvet", "Wyspa Bouveta"}},
    {"BR", "BRA", 76, {"Brazil", "Brazilië", "Brasilien", "Brésil", "Brasil", "Brasile", "Brasil", "Brazylia"}},
    {"IO", "IOT", 86, {"British Indian Ocean Territory", "Brits Indische Oceaanterritorium", "Britisches Territorium im Indischen Ozean", "Territoire britannique de l’océan Indien", "Territorio Británico del Océano Índico", "Territorio britannico dell’Oceano Indiano", "Território Britânico do Oceano Índico", "Brytyjskie Terytorium Oceanu Indyjskiego"}},
    {"BN", "BRN", 96, {"Brunei|Brunei Darussalam", "Brunei", "Brunei Darussalam|Brunei", "Brunéi Darussalam|Brunei", "Brunéi", "Brunei", "Brunei", "Brunei"}},
    {"BG", "BGR", 100, {"Bulgaria", "Bulgarije", "Bulgarien", "Bulgarie", "Bulgaria", "Bulgaria", "Bulgária", "Bułgaria"}},
    {"BF", "BFA", 854, {"Burkina Faso", "Burkina Faso", "Burkina Faso", "Burkina Faso", "Burkina Faso", "Burkina Faso", "Burkina Faso", "Burkina Faso"}},
    {"BI", "BDI", 108, {"Burundi", "Burundi", "Burundi", "Burundi", "Burundi", "Burundi", "Burundi", "Burundi"}},
    {"CV", "CPV", 132, {"Cape Verde|Cabo Verde", "Kaapverdië", "Cabo Verde|Kap Verde", "Cap-Vert", "Cabo Verde", "Capo Verde", "Cabo Verde", "Republika Zielonego Przylądka"}},
    {"KH", "KHM", 116, {"Cambodia", "Cambodja", "Kambodscha", "Cambodge", "Camboya", "Cambogia", "Camboja", "Kambodża"}},
    {"CM", "CMR", 120, {"Cameroon", "Kameroen", "Kamerun", "Cameroun", "Camerún", "Camerun", "Camarões", "Kamerun"}},
    {"CA", "CAN", 124, {"Canada", "Canada", "Kanada", "Canada", "Canadá", "Canada", "Canadá", "Kanada"}},
    {"KY", "CYM", 136, {"Cayman Islands", "Kaaimaneilanden", "Kaimaninseln", "Îles Caïmans", "Islas Caimán", "Isole Cayman", "Ilhas Cayman", "Kajmany"}},
    {"CF", "CAF", 140, {"Central African Republic", "Centraal-Afrikaanse Republiek", "Zentralafrikanische Republik", "République centrafricaine", "República Centroafricana", "Repubblica Centrafricana", "República Centro-Africana", "Republika Środkowoafrykańska"}},
    {"TD", "TCD", 148, {"Chad", "Tsjaad", "Tschad", "Tchad", "Chad", "Ciad", "Chade", "Czad"}},
    {"CL", "CHL", 152, {"Chile", "Chili", "Chile", "Chili", "Chile", "Cile", "Chile", "Chile"}},
    {"CN", "CHN", 156, {"China|People's Republic of China", "China", "China", "Chine", "China", "Cina", "China", "Chiny"}},
    {"CX", "CXR", 162, {"Christmas Island", "Christmaseiland", "Weihnachtsinsel", "Île Christmas", "Isla de Navidad", "Isola Christmas", "Ilha Christmas", "Wyspa Bożego Narodzenia"}},
    {"CC", "CCK", 166, {"Cocos (Keeling) Islands|Cocos Islands", "Cocoseilanden", "Kokosinseln", "Îles Cocos", "Islas Cocos", "Isole Cocos (Keeling)", "Ilhas Cocos (Keeling)", "Wyspy Kokosowe"}},
    {"CO", "COL", 170, {"Colombia", "Colombia", "Kolumbien", "Colombie", "Colombia", "Colombia", "Colômbia", "Kolumbia"}},
    {"KM", "COM", 174, {"Comoros", "Comoren", "Komoren", "Comores", "Comoras", "Comore", "Comores", "Komory"}},
    {"CG", "COG", 178, {"Congo|Republic of the Congo|Congo-Brazzaville", "Congo-Brazzaville", "Kongo-Brazzaville|Republik Kongo", "Congo-Brazzaville|République du Congo", "Congo|República del Congo", "Congo-Brazzaville|Repubblica del Congo", "República do Congo|Congo-Brazzaville", "Kongo"}},
    {"CD", "COD", 180, {"Democratic Republic of the Congo|Congo-Kinshasa|DR Congo|Congo, Democratic Republic", "Congo-Kinshasa|Democratische Republiek Congo", "Kongo-Kinshasa|Demokratische Republik Kongo", "Congo-Kinshasa|République démocratique du Congo", "República Democrática del Congo", "Congo-Kinshasa|Repubblica Democratica del Congo", "Congo-Kinshasa|República Democrática do Congo", "Demokratyczna Republika Konga"}},
    {"CK", "COK", 184, {"Cook Islands", "Cookeilanden", "Cookinseln", "Îles Cook", "Islas Cook", "Isole Cook", "Ilhas Cook", "Wyspy Cooka"}},
    {"CR", "CRI", 188, {"Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica", "Kostaryka"}},
    {"CI", "CIV", 384, {"Côte d’Ivoire|Ivory Coast|Cote d'Ivoire", "Ivoorkust", "Côte d’Ivoire|Elfenbeinküste", "Côte d’Ivoire", "Côte d’Ivoire|Costa de Marfil", "Costa d’Avorio", "Costa do Marfim", "Côte d’Ivoire|Wybrzeże Kości Słoniowej"}},
    {"HR", "HRV", 191, {"Croatia", "Kroatië", "Kroatien", "Croatie", "Croacia", "Croazia", "Croácia", "Chorwacja"}},
    {"CU", "CUB", 192, {"Cuba", "Cuba", "Kuba", "Cuba", "Cuba", "Cuba", "Cuba", "Kuba"}},
    {"CW", "CUW", 531, {"Curaçao", "Curaçao", "Curaçao", "Curaçao", "Curazao", "Curaçao", "Curaçao", "Curaçao"}},
    {"CY", "CYP", 196, {"Cyprus", "Cyprus", "Zypern", "Chypre", "Chipre", "Cipro", "Chipre", "Cypr"}},
    {"CZ", "CZE", 203, {"Czechia|Czech Republic", "Tsjechië", "Tschechien|Tschechische Republik", "Tchéquie|République tchèque", "Chequia|República Checa", "Cechia|Repubblica Ceca", "Tchéquia|República Tcheca|Chéquia|República Checa", "Czechy"}},
    {"DK", "DNK", 208, {"Denmark", "Denemarken", "Dänemark", "Danemark", "Dinamarca", "Danimarca", "Dinamarca", "Dania"}},
    {"DJ", "DJI", 262, {"Djibouti", "Djibouti", "Dschibuti", "Djibouti", "Yibuti", "Gibuti", "Djibouti", "Dżibuti"}},
    {"DM", "DMA", 212, {"Dominica", "Dominica", "Dominica", "Dominique", "Dominica", "Dominica", "Dominica", "Dominika"}},
    {"DO", "DOM", 214, {"Dominican Republic", "Dominicaanse Republiek", "Dominikanische Republik", "République dominicaine", "República Dominicana", "Repubblica Dominicana", "República Dominicana", "Dominikana"}},
    {"EC", "ECU", 218, {"Ecuador", "Ecuador", "Ecuador", "Équateur", "Ecuador", "Ecuador", "Equador", "Ekwador"}},
    {"EG", "EGY", 818, {"Egypt", "Egypte", "Ägypten", "Égypte", "Egipto", "Egitto", "Egito|Egipto", "Egipt"}},
    {"SV", "SLV", 222, {"El Salvador", "El Salvador", "El Salvador", "Salvador|El Salvador", "El Salvador", "El Salvador", "El Salvador", "Salwador"}},
    {"GQ", "GNQ", 226, {"Equatorial Guinea", "Equatoriaal-Guinea", "Äquatorialguinea", "Guinée équatoriale", "Guinea Ecuatorial", "Guinea Equatoriale", "Guiné Equatorial", "Gwinea Równikowa"}},
    {"ER", "ERI", 232, {"Eritrea", "Eritrea", "Eritrea", "Érythrée", "Eritrea", "Eritrea", "Eritreia", "Erytrea"}},
    {"EE", "EST", 233, {"Estonia", "Estland", "Estland", "Estonie", "Estonia", "Estonia", "Estônia|Estónia", "Estonia"}},
    {"SZ", "SWZ", 748, {"Eswatini|Swaziland", "Eswatini|Swaziland", "Eswatini|Swasiland", "Eswatini|Swaziland", "Esuatini|Suazilandia", "Eswatini|Swaziland", "Essuatíni|Suazilândia", "Eswatini|Suazi"}},
    {"ET", "ETH", 231, {"Ethiopia", "Ethiopië", "Äthiopien", "Éthiopie", "Etiopía", "Etiopia", "Etiópia", "Etiopia"}},
    {"FK", "FLK", 238, {"Falkland Islands|Falkland Islands (Malvinas)", "Falklandeilanden", "Falklandinseln", "Îles Malouines|Îles Falkland", "Islas Malvinas", "Isole Falkland", "Ilhas Malvinas|Ilhas Falkland", "Falklandy"}},
    {"FO", "FRO", 234, {"Faroe Islands", "Faeröer", "Färöer", "Îles Féroé", "Islas Feroe", "Isole Fær Øer|Isole Faroe", "Ilhas Faroé", "Wyspy Owcze"}},
    {"FJ", "FJI", 242, {"Fiji", "Fiji", "Fidschi", "Fidji", "Fiyi", "Figi", "Fiji", "Fidżi"}},
    {"FI", "FIN", 246, {"Finland", "Finland", "Finnland", "Finlande", "Finlandia", "Finlandia", "Finlândia", "Finlandia"}},
    {"FR", "FRA", 250, {"France", "Frankrijk", "Frankreich", "France", "Francia", "Francia", "França", "Francja"}},
    {"GF", "GUF", 254, {"French Guiana", "Frans-Guyana", "Französisch-Guayana", "Guyane française|Guyane", "Guayana Francesa", "Guyana francese", "Guiana Francesa", "Gujana Francuska"}},
    {"PF", "PYF", 258, {"French Polynesia", "Frans-Polynesië", "Französisch-Polynesien", "Polynésie française", "Polinesia Francesa", "Polinesia francese", "Polinésia Francesa", "Polinezja Francuska"}},
    {"TF", "ATF", 260, {"French Southern Territories", "Franse Gebieden in de zuidelijke Indische Oceaan", "Französische Süd- und Antarktisgebiete", "Terres australes françaises", "Territorios Australes Franceses", "Terre australi francesi", "Territórios Franceses do Sul", "Francuskie Terytoria Południowe i Antarktyczne"}},
    {"GA", "GAB", 266, {"Gabon", "Gabon", "Gabun", "Gabon", "Gabón", "Gabon", "Gabão", "Gabon"}},
    {"GM", "GMB", 270, {"Gambia|The Gambia", "Gambia", "Gambia", "Gambie", "Gambia", "Gambia", "Gâmbia", "Gambia"}},
    {"GE", "GEO", 268, {"Georgia", "Georgië", "Georgien", "Géorgie", "Georgia", "Georgia", "Geórgia", "Gruzja"}},
    {"DE", "DEU", 276, {"Germany", "Duitsland", "Deutschland", "Allemagne", "Alemania", "Germania", "Alemanha", "Niemcy"}},
    {"GH", "GHA", 288, {"Ghana", "Ghana", "Ghana", "Ghana", "Ghana", "Ghana", "Gana", "Ghana"}},
    {"GI", "GIB", 292, {"Gibraltar", "Gibraltar", "Gibraltar", "Gibraltar", "Gibraltar", "Gibilterra", "Gibraltar", "Gibraltar"}},
    {"GR", "GRC", 300, {"Greece", "Griekenland", "Griechenland", "Grèce", "Grecia", "Grecia", "Grécia", "Grecja"}},
    {"GL", "GRL", 304, {"Greenland", "Groenland", "Grönland", "Groenland", "Groenlandia", "Groenlandia", "Groenlândia|Gronelândia", "Grenlandia"}},
    {"GD", "GRD", 308, {"Grenada", "Grenada", "Grenada", "Grenade", "Granada", "Grenada", "Granada", "Grenada"}},
    {"GP", "GLP", 312, {"Guadeloupe", "Guadeloupe", "Guadeloupe", "Guadeloupe", "Guadalupe", "Guadalupa", "Guadalupe", "Gwadelupa"}},
    {"GU", "GUM", 316, {"Guam", "Guam", "Guam", "Guam", "Guam", "Guam", "Guam", "Guam"}},
    {"GT", "GTM", 320, {"Guatemala", "Guatemala", "Guatemala", "Guatemala", "Guatemala", "Guatemala", "Guatemala", "Gwatemala"}},
    {"GG", "GGY", 831, {"Guernsey", "Guernsey", "Guernsey", "Guernesey", "Guernsey", "Guernsey", "Guernsey", "Guernsey"}},
    {"GN", "GIN", 324, {"Guinea", "Guinee", "Guinea", "Guinée", "Guinea", "Guinea", "Guiné", "Gwinea"}},
    {"GW", "GNB", 624, {"Guinea-Bissau", "Guinee-Bissau", "Guinea-Bissau", "Guinée-Bissau", "Guinea-Bisáu", "Guinea-Bissau", "Guiné-Bissau", "Gwinea Bissau"}},
    {"GY", "GUY", 328, {"Guyana", "Guyana", "Guyana", "Guyana", "Guyana", "Guyana", "Guiana", "Gujana"}},
    {"HT", "HTI", 332, {"Haiti", "Haïti", "Haiti", "Haïti", "Haití", "Haiti", "Haiti", "Haiti"}},
    {"HM", "HMD", 334, {"Heard Island and McDonald Islands", "Heard en McDonaldeilanden", "Heard und McDonaldinseln", "Îles Heard-et-MacDonald", "Islas Heard y McDonald", "Isole Heard e McDonald", "Ilhas Heard e McDonald", "Wyspy Heard i McDonalda"}},
    {"VA", "VAT", 336, {"Vatican City|Holy See|Vatican", "Vaticaanstad", "Vatikanstadt", "Cité du Vatican|Vatican|Saint-Siège", "Ciudad del Vaticano|Santa Sede", "Città del Vaticano|Santa Sede", "Cidade do Vaticano|Santa Sé", "Watykan"}},
    {"HN", "HND", 340, {"Honduras", "Honduras", "Honduras", "Honduras", "Honduras", "Honduras", "Honduras", "Honduras"}},
    {"HK", "HKG", 344, {"Hong Kong|Hong Kong SAR China", "Hongkong", "Hongkong", "Hong Kong", "Hong Kong", "Hong Kong", "Hong Kong", "Hongkong"}},
    {"HU", "HUN", 348, {"Hungary", "Hongarije", "Ungarn", "Hongrie", "Hungría", "Ungheria", "Hungria", "Węgry"}},
    {"IS", "ISL", 352, {"Iceland", "IJsland", "Island", "Islande", "Islandia", "Islanda", "Islândia", "Islandia"}},
    {"IN", "IND", 356, {"India", "India", "Indien", "Inde", "India", "India", "Índia", "Indie"}},
    {"ID", "IDN", 360, {"Indonesia", "Indonesië", "Indonesien", "Indonésie", "Indonesia", "Indonesia", "Indonésia", "Indonezja"}},
    {"IR", "IRN", 364, {"Iran", "Iran", "Iran", "Iran", "Irán", "Iran", "Irã|Irão", "Iran"}},
    {"IQ", "IRQ", 368, {"Iraq", "Irak", "Irak", "Irak", "Irak", "Iraq", "Iraque", "Irak"}},
    {"IE", "IRL", 372, {"Ireland", "Ierland", "Irland", "Irlande", "Irlanda", "Irlanda", "Irlanda", "Irlandia"}},
    {"IM", "IMN", 833, {"Isle of Man", "Isle of Man|Man", "Isle of Man|Insel Man", "Île de Man", "Isla de Man", "Isola di Man", "Ilha de Man", "Wyspa Man"}},
    {"IL", "ISR", 376, {"Israel", "Israël", "Israel", "Israël", "Israel", "Israele", "Israel", "Izrael"}},
    {"IT", "ITA", 380, {"Italy", "Italië", "Italien", "Italie", "Italia", "Italia", "Itália", "Włochy"}},
    {"JM", "JAM", 388, {"Jamaica", "Jamaica", "Jamaika", "Jamaïque", "Jamaica", "Giamaica", "Jamaica", "Jamajka"}},
    {"JP", "JPN", 392, {"Japan", "Japan", "Japan", "Japon", "Japón", "Giappone", "Japão", "Japonia"}},
    {"JE", "JEY", 832, {"Jersey", "Jersey", "Jersey", "Jersey", "Jersey", "Jersey", "Jersey", "Jersey"}},
    {"JO", "JOR", 400, {"Jordan", "Jordanië", "Jordanien", "Jordanie", "Jordania", "Giordania", "Jordânia", "Jordania"}},
    {"KZ", "KAZ", 398, {"Kazakhstan", "Kazachstan", "Kasachstan", "Kazakhstan", "Kazajistán", "Kazakistan", "Cazaquistão", "Kazachstan"}},
    {"KE", "KEN", 404, {"Kenya", "Kenia", "Kenia", "Kenya", "Kenia", "Kenya", "Quênia|Quénia", "Kenia"}},
    {"KI", "KIR", 296, {"Kiribati", "Kiribati", "Kiribati", "Kiribati", "Kiribati", "Kiribati", "Quiribati", "Kiribati"}},
    {"KP", "PRK", 408, {"North Korea|Korea, Democratic People's Republic", "Noord-Korea", "Nordkorea", "Corée du Nord", "Corea del Norte", "Corea del Nord", "Coreia do Norte", "Korea Północna"}},
    {"KR", "KOR", 410, {"South Korea|Korea, Republic of|Korea", "Zuid-Korea", "Südkorea", "Corée du Sud", "Corea del Sur", "Corea del Sud", "Coreia do Sul", "Korea Południowa"}},
    {"KW", "KWT", 414, {"Kuwait", "Koeweit", "Kuwait", "Koweït", "Kuwait", "Kuwait", "Kuwait|Koweit", "Kuwejt"}},
    {"KG", "KGZ", 417, {"Kyrgyzstan", "Kirgizië", "Kirgisistan", "Kirghizistan", "Kirguistán", "Kirghizistan", "Quirguistão", "Kirgistan"}},
    {"LA", "LAO", 418, {"Laos", "Laos", "Laos", "Laos", "Laos", "Laos", "Laos", "Laos"}},
    {"LV", "LVA", 428, {"Latvia", "Letland", "Lettland", "Lettonie", "Letonia", "Lettonia", "Letônia|Letónia", "Łotwa"}},
    {"LB", "LBN", 422, {"Lebanon", "Libanon", "Libanon", "Liban", "Líbano", "Libano", "Líbano", "Liban"}},
    {"LS", "LSO", 426, {"Lesotho", "Lesotho", "Lesotho", "Lesotho", "Lesoto", "Lesotho", "Lesoto", "Lesotho"}},
    {"LR", "LBR", 430, {"Liberia", "Liberia", "Liberia", "Libéria", "Liberia", "Liberia", "Libéria", "Liberia"}},
    {"LY", "LBY", 434, {"Libya", "Libië", "Libyen", "Libye", "Libia", "Libia", "Líbia", "Libia"}},
    {"LI", "LIE", 438, {"Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein"}},
    {"LT", "LTU", 440, {"Lithuania", "Litouwen", "Litauen", "Lituanie", "Lituania", "Lituania", "Lituânia", "Litwa"}},
    {"LU", "LUX", 442, {"Luxembourg", "Luxemburg", "Luxemburg", "Luxembourg", "Luxemburgo", "Lussemburgo", "Luxemburgo", "Luksemburg"}},
    {"MO", "MAC", 446, {"Macao|Macau|Macao SAR China", "Macau", "Macau|Macao", "Macao", "Macao", "Macao", "Macau", "Makau"}},
    {"MG", "MDG", 450, {"Madagascar", "Madagaskar", "Madagaskar", "Madagascar", "Madagascar", "Madagascar", "Madagáscar|Madagascar", "Madagaskar"}},
    {"MW", "MWI", 454, {"Malawi", "Malawi", "Malawi", "Malawi", "Malaui", "Malawi", "Malaui|Malawi", "Malawi"}},
    {"MY", "MYS", 458, {"Malaysia", "Maleisië", "Malaysia", "Malaisie", "Malasia", "Malaysia", "Malásia", "Malezja"}},
    {"MV", "MDV", 462, {"Maldives", "Maldiven", "Malediven", "Maldives", "Maldivas", "Maldive", "Maldivas", "Malediwy"}},
    {"ML", "MLI", 466, {"Mali", "Mali", "Mali", "Mali", "Mali", "Mali", "Mali", "Mali"}},
    {"MT", "MLT", 470, {"Malta", "Malta", "Malta", "Malte", "Malta", "Malta", "Malta", "Malta"}},
    {"MH", "MHL", 584, {"Marshall Islands", "Marshalleilanden", "Marshallinseln", "Îles Marshall", "Islas Marshall", "Isole Marshall", "Ilhas Marshall", "Wyspy Marshalla"}},
    {"MQ", "MTQ", 474, {"Martinique", "Martinique", "Martinique", "Martinique", "Martinica", "Martinica", "Martinica", "Martynika"}},
    {"MR", "MRT", 478, {"Mauritania", "Mauritanië", "Mauretanien", "Mauritanie", "Mauritania", "Mauritania", "Mauritânia", "Mauretania"}},
    {"MU", "MUS", 480, {"Mauritius", "Mauritius", "Mauritius", "Maurice", "Mauricio", "Mauritius", "Maurício|Maurícia", "Mauritius"}},
    {"YT", "MYT", 175, {"Mayotte", "Mayotte", "Mayotte", "Mayotte", "Mayotte", "Mayotte", "Mayotte", "Majotta"}},
    {"MX", "MEX", 484, {"Mexico", "Mexico", "Mexiko", "Mexique", "México", "Messico", "México", "Meksyk"}},
    {"FM", "FSM", 583, {"Micronesia|Federated States of Micronesia", "Micronesia", "Mikronesien", "Micronésie", "Micronesia", "Micronesia", "Micronésia", "Mikronezja"}},
    {"MD", "MDA", 498, {"Moldova|Republic of Moldova", "Moldavië", "Moldau|Moldawien|Republik Moldau", "Moldavie", "Moldavia", "Moldavia", "Moldávia", "Mołdawia"}},
    {"MC", "MCO", 492, {"Monaco", "Monaco", "Monaco", "Monaco", "Mónaco", "Monaco", "Mônaco|Mónaco", "Monako"}},
    {"MN", "MNG", 496, {"Mongolia", "Mongolië", "Mongolei", "Mongolie", "Mongolia", "Mongolia", "Mongólia", "Mongolia"}},
    {"ME", "MNE", 499, {"Montenegro", "Montenegro", "Montenegro", "Monténégro", "Montenegro", "Montenegro", "Montenegro", "Czarnogóra"}},
    {"MS", "MSR", 500, {"Montserrat", "Montserrat", "Montserrat", "Montserrat", "Montserrat", "Montserrat", "Monserrate|Montserrat", "Montserrat"}},
    {"MA", "MAR", 504, {"Morocco", "Marokko", "Marokko", "Maroc", "Marruecos", "Marocco", "Marrocos", "Maroko"}},
    {"MZ", "MOZ", 508, {"Mozambique", "Mozambique", "Mosambik", "Mozambique", "Mozambique", "Mozambico", "Moçambique", "Mozambik"}},
    {"MM", "MMR", 104, {"Myanmar|Burma|Myanmar (Burma)", "Myanmar", "Myanmar", "Myanmar|Birmanie", "Myanmar|Birmania", "Myanmar|Birmania", "Mianmar|Birmânia", "Mjanma|Birma"}},
    {"NA", "NAM", 516, {"Namibia", "Namibië", "Namibia", "Namibie", "Namibia", "Namibia", "Namíbia", "Namibia"}},
    {"NR", "NRU", 520, {"Nauru", "Nauru", "Nauru", "Nauru", "Nauru", "Nauru", "Nauru", "Nauru"}},
    {"NP", "NPL", 524, {"Nepal", "Nepal", "Nepal", "Népal", "Nepal", "Nepal", "Nepal", "Nepal"}},
    {"NL", "NLD", 528, {"Netherlands|The Netherlands|Holland|Netherlands (the)", "Nederland", "Niederlande", "Pays-Bas", "Países Bajos|Holanda", "Paesi Bassi|Olanda", "Países Baixos|Holanda", "Holandia|Niderlandy"}},
    {"NC", "NCL", 540, {"New Caledonia", "Nieuw-Caledonië", "Neukaledonien", "Nouvelle-Calédonie", "Nueva Caledonia", "Nuova Caledonia", "Nova Caledônia|Nova Caledónia", "Nowa Kaledonia"}},
    {"NZ", "NZL", 554, {"New Zealand", "Nieuw-Zeeland", "Neuseeland", "Nouvelle-Zélande", "Nueva Zelanda", "Nuova Zelanda", "Nova Zelândia", "Nowa Zelandia"}},
    {"NI", "NIC", 558, {"Nicaragua", "Nicaragua", "Nicaragua", "Nicaragua", "Nicaragua", "Nicaragua", "Nicarágua", "Nikaragua"}},
    {"NE", "NER", 562, {"Niger", "Niger", "Niger", "Niger", "Níger", "Niger", "Níger", "Niger"}},
    {"NG", "NGA", 566, {"Nigeria", "Nigeria", "Nigeria", "Nigéria", "Nigeria", "Nigeria", "Nigéria", "Nigeria"}},
    {"NU", "NIU", 570, {"Niue", "Niue", "Niue", "Niue", "Niue", "Niue", "Niue", "Niue"}},
    {"NF", "NFK", 574, {"Norfolk Island", "Norfolk", "Norfolkinsel", "Île Norfolk", "Isla Norfolk", "Isola Norfolk", "Ilha Norfolk", "Norfolk"}},
    {"MK", "MKD", 807, {"North Macedonia|Macedonia", "Noord-Macedonië|Macedonië", "Nordmazedonien|Mazedonien", "Macédoine du Nord|Macédoine", "Macedonia del Norte", "Macedonia del Nord", "Macedônia do Norte|Macedónia do Norte", "Macedonia Północna|Macedonia"}},
    {"MP", "MNP", 580, {"Northern Mariana Islands", "Noordelijke Marianen", "Nördliche Marianen", "Îles Mariannes du Nord", "Islas Marianas del Norte", "Isole Marianne settentrionali", "Ilhas Marianas do Norte", "Mariany Północne"}},
    {"NO", "NOR", 578, {"Norway", "Noorwegen", "Norwegen", "Norvège", "Noruega", "Norvegia", "Noruega", "Norwegia"}},
    {"OM", "OMN", 512, {"Oman", "Oman", "Oman", "Oman", "Omán", "Oman", "Omã|Omão", "Oman"}},
    {"PK", "PAK", 586, {"Pakistan", "Pakistan", "Pakistan", "Pakistan", "Pakistán", "Pakistan", "Paquistão", "Pakistan"}},
    {"PW", "PLW", 585, {"Palau", "Palau", "Palau", "Palaos", "Palaos", "Palau", "Palau", "Palau"}},
    {"PS", "PSE", 275, {"Palestine|Palestinian Territories|State of Palestine", "Palestina|Palestijnse gebieden", "Palästina|Palästinensische Autonomiegebiete", "Palestine|Territoires palestiniens", "Palestina|Territorios Palestinos", "Palestina|Territori palestinesi", "Palestina|Territórios palestinos", "Palestyna|Terytoria Palestyńskie"}},
    {"PA", "PAN", 591, {"Panama", "Panama", "Panama", "Panama", "Panamá", "Panamá", "Panamá", "Panama"}},
    {"PG", "PNG", 598, {"Papua New Guinea", "Papoea-Nieuw-Guinea", "Papua-Neuguinea", "Papouasie-Nouvelle-Guinée", "Papúa Nueva Guinea", "Papua Nuova Guinea", "Papua-Nova Guiné", "Papua-Nowa Gwinea"}},
    {"PY", "PRY", 600, {"Paraguay", "Paraguay", "Paraguay", "Paraguay", "Paraguay", "Paraguay", "Paraguai", "Paragwaj"}},
    {"PE", "PER", 604, {"Peru", "Peru", "Peru", "Pérou", "Perú", "Perù", "Peru", "Peru"}},
    {"PH", "PHL", 608, {"Philippines", "Filipijnen", "Philippinen", "Philippines", "Filipinas", "Filippine", "Filipinas", "Filipiny"}},
    {"PN", "PCN", 612, {"Pitcairn Islands|Pitcairn", "Pitcairneilanden", "Pitcairninseln", "Îles Pitcairn", "Islas Pitcairn", "Isole Pitcairn", "Ilhas Pitcairn", "Pitcairn"}},
    {"PL", "POL", 616, {"Poland", "Polen", "Polen", "Pologne", "Polonia", "Polonia", "Polônia|Polónia", "Polska"}},
    {"PT", "PRT", 620, {"Portugal", "Portugal", "Portugal", "Portugal", "Portugal", "Portogallo", "Portugal", "Portugalia"}},
    {"PR", "PRI", 630, {"Puerto Rico", "Puerto Rico", "Puerto Rico", "Porto Rico", "Puerto Rico", "Portorico", "Porto Rico", "Portoryko"}},
    {"QA", "QAT", 634, {"Qatar", "Qatar", "Katar", "Qatar", "Catar", "Qatar", "Catar", "Katar"}},
    {"RE", "REU", 638, {"Réunion", "Réunion", "Réunion", "La Réunion", "Reunión", "Riunione", "Reunião", "Reunion"}},
    {"RO", "ROU", 642, {"Romania", "Roemenië", "Rumänien", "Roumanie", "Rumanía", "Romania", "Romênia|Roménia", "Rumunia"}},
    {"RU", "RUS", 643, {"Russia|Russian Federation", "Rusland", "Russland", "Russie", "Rusia", "Russia", "Rússia", "Rosja"}},
    {"RW", "RWA", 646, {"Rwanda", "Rwanda", "Ruanda", "Rwanda", "Ruanda", "Ruanda", "Ruanda", "Rwanda"}},
    {"BL", "BLM", 652, {"Saint Barthélemy|St. Barthélemy", "Saint-Barthélemy", "St. Barthélemy", "Saint-Barthélemy", "San Bartolomé", "Saint-Barthélemy", "São Bartolomeu", "Saint-Barthélemy"}},
    {"SH", "SHN", 654, {"Saint Helena|St. Helena", "Sint-Helena", "St. Helena", "Sainte-Hélène", "Santa Elena", "Sant’Elena", "Santa Helena", "Wyspa Świętej Heleny"}},
    {"KN", "KNA", 659, {"Saint Kitts and Nevis|St. Kitts & Nevis", "Saint Kitts en Nevis", "St. Kitts und Nevis", "Saint-Christophe-et-Niévès", "San Cristóbal y Nieves", "Saint Kitts e Nevis", "São Cristóvão e Névis", "Saint Kitts i Nevis"}},
    {"LC", "LCA", 662, {"Saint Lucia|St. Lucia", "Saint Lucia", "St. Lucia", "Sainte-Lucie", "Santa Lucía", "Saint Lucia", "Santa Lúcia", "Saint Lucia"}},
    {"MF", "MAF", 663, {"Saint Martin|St. Martin", "Saint-Martin", "St. Martin", "Saint-Martin", "San Martín", "Saint Martin", "São Martinho", "Saint-Martin"}},
    {"PM", "SPM", 666, {"Saint Pierre and Miquelon|St. Pierre & Miquelon", "Saint-Pierre en Miquelon", "St. Pierre und Miquelon", "Saint-Pierre-et-Miquelon", "San Pedro y Miquelón", "Saint-Pierre e Miquelon", "São Pedro e Miquelão", "Saint-Pierre i Miquelon"}},
    {"VC", "VCT", 670, {"Saint Vincent and the Grenadines|St. Vincent & Grenadines", "Saint Vincent en de Grenadines", "St. Vincent und die Grenadinen", "Saint-Vincent-et-les-Grenadines", "San Vicente y las Granadinas", "Saint Vincent e Grenadine", "São Vicente e Granadinas", "Saint Vincent i Grenadyny"}},
    {"WS", "WSM", 882, {"Samoa", "Samoa", "Samoa", "Samoa", "Samoa", "Samoa", "Samoa", "Samoa"}},
    {"SM", "SMR", 674, {"San Marino", "San Marino", "San Marino", "Saint-Marin", "San Marino", "San Marino", "San Marino", "San Marino"}},
    {"ST", "STP", 678, {"São Tomé and Príncipe|Sao Tome and Principe", "Sao Tomé en Principe", "São Tomé und Príncipe", "Sao Tomé-et-Principe", "Santo Tomé y Príncipe", "São Tomé e Príncipe", "São Tomé e Príncipe", "Wyspy Świętego Tomasza i Książęca"}},
    {"SA", "SAU", 682, {"Saudi Arabia", "Saoedi-Arabië", "Saudi-Arabien", "Arabie saoudite", "Arabia Saudí|Arabia Saudita", "Arabia Saudita", "Arábia Saudita", "Arabia Saudyjska"}},
    {"SN", "SEN", 686, {"Senegal", "Senegal", "Senegal", "Sénégal", "Senegal", "Senegal", "Senegal", "Senegal"}},
    {"RS", "SRB", 688, {"Serbia", "Servië", "Serbien", "Serbie", "Serbia", "Serbia", "Sérvia", "Serbia"}},
    {"SC", "SYC", 690, {"Seychelles", "Seychellen", "Seychellen", "Seychelles", "Seychelles", "Seychelles", "Seicheles|Seychelles", "Seszele"}},
    {"SL", "SLE", 694, {"Sierra Leone", "Sierra Leone", "Sierra Leone", "Sierra Leone", "Sierra Leona", "Sierra Leone", "Serra Leoa", "Sierra Leone"}},
    {"SG", "SGP", 702, {"Singapore", "Singapore", "Singapur", "Singapour", "Singapur", "Singapore", "Singapura", "Singapur"}},
    {"SX", "SXM", 534, {"Sint Maarten", "Sint-Maarten", "Sint Maarten", "Saint-Martin (partie néerlandaise)|Sint Maarten", "Sint Maarten", "Sint Maarten", "Sint Maarten|São Martinho (Países Baixos)", "Sint Maarten"}},
    {"SK", "SVK", 703, {"Slovakia", "Slowakije", "Slowakei", "Slovaquie", "Eslovaquia", "Slovacchia", "Eslováquia", "Słowacja"}},
    {"SI", "SVN", 705, {"Slovenia", "Slovenië", "Slowenien", "Slovénie", "Eslovenia", "Slovenia", "Eslovênia|Eslovénia", "Słowenia"}},
    {"SB", "SLB", 90, {"Solomon Islands", "Salomonseilanden", "Salomonen", "Îles Salomon", "Islas Salomón", "Isole Salomone", "Ilhas Salomão", "Wyspy Salomona"}},
    {"SO", "SOM", 706, {"Somalia", "Somalië", "Somalia", "Somalie", "Somalia", "Somalia", "Somália", "Somalia"}},
    {"ZA", "ZAF", 710, {"South Africa", "Zuid-Afrika", "Südafrika", "Afrique du Sud", "Sudáfrica", "Sudafrica", "África do Sul", "Republika Południowej Afryki|RPA"}},
    {"GS", "SGS", 239, {"South Georgia and the South Sandwich Islands|South Georgia & South Sandwich Islands", "Zuid-Georgia en Zuidelijke Sandwicheilanden", "Südgeorgien und die Südlichen Sandwichinseln", "Géorgie du Sud-et-les Îles Sandwich du Sud", "Islas Georgia del Sur y Sandwich del Sur", "Georgia del Sud e Sandwich australi", "Ilhas Geórgia do Sul e Sandwich do Sul", "Georgia Południowa i Sandwich Południowy"}},
    {"SS", "SSD", 728, {"South Sudan", "Zuid-Soedan", "Südsudan", "Soudan du Sud", "Sudán del Sur", "Sud Sudan", "Sudão do Sul", "Sudan Południowy"}},
    {"ES", "ESP", 724, {"Spain", "Spanje", "Spanien", "Espagne", "España", "Spagna", "Espanha", "Hiszpania"}},
    {"LK", "LKA", 144, {"Sri Lanka", "Sri Lanka", "Sri Lanka", "Sri Lanka", "Sri Lanka", "Sri Lanka", "Sri Lanka", "Sri Lanka"}},
    {"SD", "SDN", 729, {"Sudan", "Soedan", "Sudan", "Soudan", "Sudán", "Sudan", "Sudão", "Sudan"}},
    {"SR", "SUR", 740, {"Suriname", "Suriname", "Suriname", "Suriname", "Surinam", "Suriname", "Suriname", "Surinam"}},
    {"SJ", "SJM", 744, {"Svalbard and Jan Mayen|Svalbard & Jan Mayen", "Spitsbergen en Jan Mayen", "Svalbard und Jan Mayen", "Svalbard et Jan Mayen", "Svalbard y Jan Mayen", "Svalbard e Jan Mayen", "Svalbard e Jan Mayen", "Svalbard i Jan Mayen"}},
    {"SE", "SWE", 752, {"Sweden", "Zweden", "Schweden", "Suède", "Suecia", "Svezia", "Suécia", "Szwecja"}},
    {"CH", "CHE", 756, {"Switzerland", "Zwitserland", "Schweiz", "Suisse", "Suiza", "Svizzera", "Suíça", "Szwajcaria"}},
    {"SY", "SYR", 760, {"Syria|Syrian Arab Republic", "Syrië", "Syrien", "Syrie", "Siria", "Siria", "Síria", "Syria"}},
    {"TW", "TWN", 158, {"Taiwan", "Taiwan", "Taiwan", "Taïwan", "Taiwán", "Taiwan", "Taiwan", "Tajwan"}},
    {"TJ", "TJK", 762, {"Tajikistan", "Tadzjikistan", "Tadschikistan", "Tadjikistan", "Tayikistán", "Tagikistan", "Tadjiquistão|Tajiquistão", "Tadżykistan"}},
    {"TZ", "TZA", 834, {"Tanzania", "Tanzania", "Tansania", "Tanzanie", "Tanzania", "Tanzania", "Tanzânia", "Tanzania"}},
    {"TH", "THA", 764, {"Thailand", "Thailand", "Thailand", "Thaïlande", "Tailandia", "Thailandia", "Tailândia", "Tajlandia"}},
    {"TL", "TLS", 626, {"Timor-Leste|East Timor", "Oost-Timor", "Timor-Leste|Osttimor", "Timor oriental", "Timor-Leste|Timor Oriental", "Timor Est", "Timor-Leste", "Timor Wschodni"}},
    {"TG", "TGO", 768, {"Togo", "Togo", "Togo", "Togo", "Togo", "Togo", "Togo", "Togo"}},
    {"TK", "TKL", 772, {"Tokelau", "Tokelau", "Tokelau", "Tokelau", "Tokelau", "Tokelau", "Tokelau", "Tokelau"}},
    {"TO", "TON", 776, {"Tonga", "Tonga", "Tonga", "Tonga", "Tonga", "Tonga", "Tonga", "Tonga"}},
    {"TT", "TTO", 780, {"Trinidad and Tobago|Trinidad & Tobago", "Trinidad en Tobago", "Trinidad und Tobago", "Trinité-et-Tobago", "Trinidad y Tobago", "Trinidad e Tobago", "Trinidad e Tobago", "Trynidad i Tobago"}},
    {"TN", "TUN", 788, {"Tunisia", "Tunesië", "Tunesien", "Tunisie", "Túnez", "Tunisia", "Tunísia", "Tunezja"}},
    {"TR", "TUR", 792, {"Türkiye|Turkey", "Turkije", "Türkei", "Turquie", "Turquía", "Turchia", "Turquia", "Turcja"}},
    {"TM", "TKM", 795, {"Turkmenistan", "Turkmenistan", "Turkmenistan", "Turkménistan", "Turkmenistán", "Turkmenistan", "Turcomenistão|Turquemenistão", "Turkmenistan"}},
    {"TC", "TCA", 796, {"Turks and Caicos Islands|Turks & Caicos Islands", "Turks- en Caicoseilanden", "Turks- und Caicosinseln", "Îles Turques-et-Caïques", "Islas Turcas y Caicos", "Isole Turks e Caicos", "Ilhas Turcas e Caicos", "Turks i Caicos"}},
    {"TV", "TUV", 798, {"Tuvalu", "Tuvalu", "Tuvalu", "Tuvalu", "Tuvalu", "Tuvalu", "Tuvalu", "Tuvalu"}},
    {"UG", "UGA", 800, {"Uganda", "Oeganda", "Uganda", "Ouganda", "Uganda", "Uganda", "Uganda", "Uganda"}},
    {"UA", "UKR", 804, {"Ukraine", "Oekraïne", "Ukraine", "Ukraine", "Ucrania", "Ucraina", "Ucrânia", "Ukraina"}},
    {"AE", "ARE", 784, {"United Arab Emirates|UAE", "Verenigde Arabische Emiraten", "Vereinigte Arabische Emirate", "Émirats arabes unis", "Emiratos Árabes Unidos", "Emirati Arabi Uniti", "Emirados Árabes Unidos", "Zjednoczone Emiraty Arabskie"}},
    {"GB", "GBR", 826, {"United Kingdom|Great Britain|UK|U.K.|Britain|United Kingdom of Great Britain and Northern Ireland", "Verenigd Koninkrijk|Groot-Brittannië", "Vereinigtes Königreich|Großbritannien", "Royaume-Uni|Grande-Bretagne", "Reino Unido|Gran Bretaña", "Regno Unito|Gran Bretagna", "Reino Unido|Grã-Bretanha", "Wielka Brytania|Zjednoczone Królestwo"}},
    {"US", "USA", 840, {"United States|United States of America|USA|U.S.A.|US|U.S.", "Verenigde Staten", "Vereinigte Staaten|Vereinigte Staaten von Amerika", "États-Unis", "Estados Unidos|EE. UU.", "Stati Uniti", "Estados Unidos|EUA", "Stany Zjednoczone|USA"}},
    {"UM", "UMI", 581, {"U.S. Outlying Islands|United States Minor Outlying Islands", "Kleine afgelegen eilanden van de Verenigde Staten", "Amerikanische Überseeinseln", "Îles mineures éloignées des États-Unis", "Islas menores alejadas de EE. UU.", "Isole minori esterne degli Stati Uniti", "Ilhas Menores Distantes dos EUA", "Dalekie Wyspy Mniejsze Stanów Zjednoczonych"}},
    {"UY", "URY", 858, {"Uruguay", "Uruguay", "Uruguay", "Uruguay", "Uruguay", "Uruguay", "Uruguai", "Urugwaj"}},
    {"UZ", "UZB", 860, {"Uzbekistan", "Oezbekistan", "Usbekistan", "Ouzbékistan", "Uzbekistán", "Uzbekistan", "Uzbequistão|Usbequistão", "Uzbekistan"}},
    {"VU", "VUT", 548, {"Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu"}},
    {"VE", "VEN", 862, {"Venezuela", "Venezuela", "Venezuela", "Venezuela", "Venezuela", "Venezuela", "Venezuela", "Wenezuela"}},
    {"VN", "VNM", 704, {"Vietnam|Viet Nam", "Vietnam", "Vietnam", "Viêt Nam|Vietnam", "Vietnam", "Vietnam", "Vietnã|Vietname", "Wietnam"}},
    {"VG", "VGB", 92, {"British Virgin Islands", "Britse Maagdeneilanden", "Britische Jungferninseln", "Îles Vierges britanniques", "Islas Vírgenes Británicas", "Isole Vergini Britanniche", "Ilhas Virgens Britânicas", "Brytyjskie Wyspy Dziewicze"}},
    {"VI", "VIR", 850, {"U.S. Virgin Islands|US Virgin Islands", "Amerikaanse Maagdeneilanden", "Amerikanische Jungferninseln", "Îles Vierges des États-Unis", "Islas Vírgenes de EE. UU.", "Isole Vergini Americane", "Ilhas Virgens Americanas", "Wyspy Dziewicze Stanów Zjednoczonych"}},
    {"WF", "WLF", 876, {"Wallis and Futuna|Wallis & Futuna", "Wallis en Futuna", "Wallis und Futuna", "Wallis-et-Futuna", "Wallis y Futuna", "Wallis e Futuna", "Wallis e Futuna", "Wallis i Futuna"}},
    {"EH", "ESH", 732, {"Western Sahara", "Westelijke Sahara", "Westsahara", "Sahara occidental", "Sáhara Occidental", "Sahara occidentale", "Saara Ocidental", "Sahara Zachodnia"}},
    {"YE", "YEM", 887, {"Yemen", "Jemen", "Jemen", "Yémen", "Yemen", "Yemen", "Iêmen|Iémen", "Jemen"}},
    {"ZM", "ZMB", 894, {"Zambia", "Zambia", "Sambia", "Zambie", "Zambia", "Zambia", "Zâmbia", "Zambia"}},
    {"ZW", "ZWE", 716, {"Zimbabwe", "Zimbabwe", "Simbabwe", "Zimbabwe", "Zimbabue", "Zimbabwe", "Zimbábue|Zimbabué", "Zimbabwe"}},
    {"XK", "XKX", 0, {"Kosovo", "Kosovo", "Kosovo", "Kosovo", "Kosovo", "Kosovo", "Kosovo", "Kosowo"}},
};

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool equal_upper(std::string_view code, std::string_view text) {
  if (code.size() != text.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code[i] != upper(text[i])) return false;
  }
  return true;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Folded name -> country, every name and alternative of every language.
const std::unordered_map<std::string, const Country*>& names_index() {
  static const auto index = [] {
    std::unordered_map<std::string, const Country*> map;
    for (const auto& country : table) {
      for (const std::string_view names : country.names) {
        std::string_view rest = names;
        while (!rest.empty()) {
          const auto bar = rest.find('|');
          map.emplace(fold_text(rest.substr(0, bar)), &country);
          rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        }
      }
    }
    return map;
  }();
  return index;
}

}  // namespace

std::span<const Country> countries() noexcept { return table; }

const Country* country_by_alpha2(std::string_view code) noexcept {
  code = trimmed(code);
  if (equal_upper("UK", code)) code = "GB";
  if (equal_upper("EL", code)) code = "GR";
  for (const auto& country : table) {
    if (equal_upper(country.alpha2, code)) return &country;
  }
  return nullptr;
}

const Country* country_by_code(std::string_view value) noexcept {
  value = trimmed(value);
  if (value.size() == 2) return country_by_alpha2(value);
  if (value.size() == 3) {
    const bool digits = value[0] >= '0' && value[0] <= '9' && value[1] >= '0' && value[1] <= '9' &&
                        value[2] >= '0' && value[2] <= '9';
    const int number = digits ? (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0') : -1;
    for (const auto& country : table) {
      if (digits ? (country.numeric != 0 && country.numeric == number) : equal_upper(country.alpha3, value)) return &country;
    }
  }
  return nullptr;
}

const Country* country_by_name(std::string_view text) {
  std::string folded = fold_text(text);
  const auto& index = names_index();
  auto found = index.find(folded);
  if (found == index.end() && folded.rfind(" the ", 0) == 0) found = index.find(folded.substr(4));
  return found == index.end() ? nullptr : found->second;
}

std::string_view country_display_name(const Country& country, Lang lang) noexcept {
  // A language registered after the table was written (docs/forms.md "Adding a language") gets English names.
  std::size_t column = lang == Lang::any ? 0 : static_cast<std::size_t>(lang) - 1;
  if (column >= std::size(country.names)) column = 0;
  const std::string_view names = country.names[column];
  return names.substr(0, names.find('|'));
}

}  // namespace takedown::forms
