// The pattern table. Words come from how forms in these languages label their fields (and from how
// Chromium, Firefox and Bitwarden name them: ideas only, see ../shared/notes/autofill.md); longer phrases
// win over the shorter ones inside them ("company name" over "name", "e mail address" over "address"),
// so a negative is usually written as the longer phrase pointing to a sink.
#include "patterns.hpp"

namespace takedown::forms {
namespace {

using C = Cue;
using L = Lang;

constexpr PatternRow rows[] = {
    // --- Names ---------------------------------------------------------------------------------------
    {C::given_name, L::en, 1.0, "first name|firstname|*firstname|given name|givenname|forename|first names"},
    {C::given_name, L::en, 0.85, "fname|=first|first nm|name first"},
    {C::given_name, L::nl, 1.0, "voornaam|voornamen|*voornaam|roepnaam"},
    {C::given_name, L::de, 1.0, "vorname|vornamen|*vorname|rufname"},
    {C::given_name, L::fr, 1.0, "prenom|prenoms|*prenom|votre prenom"},
    {C::given_name, L::es, 1.0, "nombre de pila|primer nombre|nombres de pila"},
    {C::given_name, L::pt, 1.0, "primeiro nome|nome proprio|prenome"},
    {C::given_name, L::pl, 1.0, "imie|imiona|pierwsze imie"},

    {C::family_name, L::en, 1.0, "last name|lastname|*lastname|surname|*surname|family name|familyname|last names"},
    {C::family_name, L::en, 0.85, "lname|=last|last nm|name last"},
    {C::family_name, L::nl, 1.0, "achternaam|*achternaam|familienaam|geslachtsnaam|achternamen"},
    {C::family_name, L::de, 1.0, "nachname|*nachname|familienname|zuname"},
    {C::family_name, L::fr, 1.0, "nom de famille|patronyme|nom de naissance"},
    {C::family_name, L::es, 1.0, "apellido*|primer apellido"},
    {C::family_name, L::it, 1.0, "cognome|cognomi"},
    {C::family_name, L::pt, 1.0, "sobrenome|ultimo nome|apelidos"},
    {C::family_name, L::pl, 1.0, "nazwisko|*nazwisko"},

    {C::middle_name, L::en, 1.0, "middle name|middlename|middle initial|middle names"},
    {C::middle_name, L::en, 0.8, "=middle|mname|=mi"},
    {C::middle_name, L::nl, 1.0, "tussenvoegsel|tussenvoegsels|tussenv"},
    {C::middle_name, L::de, 1.0, "zweiter vorname|weitere vornamen"},
    {C::middle_name, L::fr, 1.0, "deuxieme prenom|second prenom|autres prenoms"},
    {C::middle_name, L::es, 1.0, "segundo nombre"},
    {C::middle_name, L::it, 1.0, "secondo nome"},
    {C::middle_name, L::pt, 1.0, "nome do meio"},
    {C::middle_name, L::pl, 1.0, "drugie imie"},

    {C::full_name, L::en, 1.0,
     "full name|fullname|*fullname|full legal name|legal name|complete name|name and surname|first and last name|"
     "first name and last name|first last name|first and last names|firstname lastname|first name last name|"
     "your full name|print name|printed name|name in full"},
    {C::full_name, L::en, 0.85, "your name|contact name|contact person|name of contact|yourname"},
    {C::full_name, L::nl, 1.0,
     "volledige naam|voor en achternaam|voornaam en achternaam|naam en voornaam|voornaam achternaam|"
     "voorletters en achternaam|naam voluit|volledige namen"},
    {C::full_name, L::nl, 0.85, "uw naam|je naam|jouw naam|contactpersoon|naam contactpersoon"},
    {C::full_name, L::de, 1.0,
     "vollstandiger name|vollstaendiger name|vor und nachname|vorname und nachname|vor und zuname|name vorname|"
     "nachname vorname|vorname nachname|voller name"},
    {C::full_name, L::de, 0.85, "ihr name|dein name|ansprechpartner"},
    {C::full_name, L::fr, 1.0, "nom complet|nom et prenom|prenom et nom|nom prenom|prenom nom|nom et prenoms"},
    {C::full_name, L::fr, 0.8, "votre nom|nom du contact"},
    {C::full_name, L::es, 1.0, "nombre completo|nombre y apellido*|nombre apellido*|nombres y apellidos"},
    {C::full_name, L::es, 0.8, "su nombre|tu nombre|persona de contacto"},
    {C::full_name, L::it, 1.0, "nome e cognome|nome completo|nominativo|cognome e nome|nome cognome"},
    {C::full_name, L::it, 0.8, "il tuo nome|il suo nome"},
    {C::full_name, L::pt, 1.0, "nome completo|nome e sobrenome|nome e apelido"},
    {C::full_name, L::pt, 0.8, "seu nome|o seu nome|teu nome"},
    {C::full_name, L::pl, 1.0, "imie i nazwisko|imie nazwisko|pelne imie|imie oraz nazwisko"},

    // A bare "name": which name it is depends on the fields next to it (see context_pass.cpp).
    {C::name, L::en, 0.9, "=name"},
    {C::name, L::en, 0.75, "name|names"},
    {C::name, L::nl, 0.9, "=naam"},
    {C::name, L::nl, 0.75, "naam"},
    {C::name, L::fr, 0.9, "=nom"},
    {C::name, L::fr, 0.75, "nom"},
    {C::name, L::es, 0.75, "nombre|nombres"},
    {C::name, L::it, 0.75, "nome"},
    {C::name, L::pt, 0.75, "nome"},

    // Names of other things: never the person's name.
    {C::username, L::en, 1.0,
     "user name|username|*username|login|log in|login name|screen name|display name|nickname|"
     "nick name|account name|profile name|member name|public name|user login|sign in|signin"},
    {C::username, L::nl, 1.0, "gebruikersnaam|*gebruikersnaam|gebruiker*|inlognaam|schermnaam|bijnaam|weergavenaam|accountnaam"},
    {C::username, L::de, 1.0, "benutzername|benutzer*|anmeldename|nutzername|spitzname|anzeigename|kontoname"},
    {C::username, L::fr, 1.0, "nom d utilisateur|identifiant|pseudo*|nom affiche"},
    {C::username, L::es, 1.0, "nombre de usuario|usuario|apodo|nombre de la cuenta"},
    {C::username, L::it, 1.0, "nome utente|utente|soprannome|nome account"},
    {C::username, L::pt, 1.0, "nome de usuario|nome de utilizador|usuario|utilizador|nome da conta"},
    {C::username, L::pl, 1.0, "nazwa uzytkownika|uzytkownik*|pseudonim|nazwa konta"},
    {C::other, L::en, 1.0,
     "your username|your user name|your account|your handle|your profile|your instagram|your facebook|"
     "street name|pet name|pet s name|event name|file name|filename|domain name|product name|project name|"
     "team name|site name|store name|shop name|list name|school name|bank name|brand name|campaign name|"
     "device name|nom de plume|name of your|mother s maiden name|maiden name|name suffix|name prefix|"
     "house name|building name|trade name|job title|title|honorific|salutation|prefix|suffix|gender|sex|"
     "age|quantity|amount|price|vat|tax id|coupon|voucher|promo*|gift|referral|referrer|"
     "how did you hear|heard about|job|position|occupation|department|company size|employees|"
     "nationality|citizenship|ethnicity|language|timezone|time zone|currency|ip address|wallet address|"
     "address line 3|search|keyword*|query|fax|extension|ext|membership number|member number|member id|"
     "customer number|customer id|user id|userid|login id|account id|profile id|channel id|"
     "account number|reference number|reservation number|booking reference|"
     "booking number|order number|loyalty|frequent flyer|id number|contract number|invoice number|"
     "tracking number|serial number|policy number|passport number|licence number|license number|vat number"},
    {C::other, L::nl, 1.0,
     "je gebruikersnaam|uw gebruikersnaam|jouw gebruikersnaam|straatnaam en huisnummer van|huisnummer|huisnr|"
     "huis nr|toevoeging|huisnummertoevoeging|huisnummer toevoeging|aanhef|geslacht|leeftijd|"
     "aantal|bedrag|prijs|btw|kvk|zoek*|zoekterm|functie|nationaliteit|taal|geboortenaam|meisjesnaam"},
    {C::other, L::de, 1.0,
     "ihr benutzername|dein benutzername|hausnummer|hausnr|anrede|geschlecht|alter|anzahl|betrag|preis|"
     "suche|suchbegriff|position|abteilung|staatsangehorigkeit|sprache|ust id|steuernummer|geburtsname"},
    {C::other, L::fr, 1.0,
     "votre nom d utilisateur|civilite|sexe|genre|quantite|montant|prix|recherche|nationalite|"
     "langue|nom de jeune fille|numero de rue|fonction|poste"},
    {C::other, L::es, 1.0,
     "tu nombre de usuario|su nombre de usuario|segundo apellido|tratamiento|sexo|genero|edad|cantidad|"
     "importe|precio|buscar|busqueda|nacionalidad|idioma|cargo|numero exterior|numero interior"},
    {C::other, L::it, 1.0,
     "il tuo nome utente|sesso|genere|eta|quantita|importo|prezzo|cerca|ricerca|nazionalita|lingua|"
     "civico|numero civico|ruolo|qualifica"},
    {C::other, L::pt, 1.0,
     "seu nome de usuario|sexo|genero|idade|quantidade|valor|preco|pesquisar|pesquisa|nacionalidade|"
     "idioma|numero da casa|cargo"},
    {C::other, L::pl, 1.0,
     "twoja nazwa uzytkownika|plec|wiek|ilosc|kwota|cena|szukaj|obywatelstwo|jezyk|numer domu|"
     "nr domu|stanowisko|zwrot grzecznosciowy"},

    {C::card, L::en, 1.0,
     "card*|*card|cardholder|card holder|name on card|name on the card|credit card|debit card|cc name|ccname|"
     "cc number|ccnumber|cvv|cvc|cvv2|csc|expiry|expiration|exp date|expires|security code|iban|bic|swift|"
     "account number|routing number|sort code|bank account|holder name|account holder"},
    {C::card, L::nl, 1.0, "kaart*|*kaart|kaarthouder|pashouder|vervaldatum|rekeningnummer|rekeninghouder|tenaamstelling"},
    {C::card, L::de, 1.0, "karte*|*karte|karteninhaber|kreditkarte|ablaufdatum|gultig bis|kontonummer|kontoinhaber|prufnummer"},
    {C::card, L::fr, 1.0, "carte*|titulaire|titulaire de la carte|date d expiration|numero de carte|cryptogramme"},
    {C::card, L::es, 1.0, "tarjeta|titular|titular de la tarjeta|fecha de caducidad|fecha de vencimiento|numero de cuenta"},
    {C::card, L::it, 1.0, "carta|carta di credito|titolare|titolare della carta|scadenza|data di scadenza"},
    {C::card, L::pt, 1.0, "cartao|titular do cartao|validade|data de validade|numero do cartao"},
    {C::card, L::pl, 1.0, "karty|karta|posiadacz|posiadacz karty|data waznosci|numer karty|numer konta"},

    // --- E-mail and phone ----------------------------------------------------------------------------
    {C::email, L::any, 1.0,
     "e mail*|email*|*email*|*e mail|courriel|e mail address|email address|e mail addresses|email addresses|e mail adres|email adresse|e mail adresse|your e mail address|your email address|correo*|correo electronico|posta elettronica|indirizzo email|"
     "indirizzo e mail|adresse e mail|adresse electronique|adresse mail|direccion de correo|"
     "direccion de correo electronico|endereco de email|endereco de e mail|endereco eletronico|adres e mail|"
     "adres email|email adres|e mailadres|emailadres|mailadres|mailadresse|company email|business email|"
     "work email|contact email|your email"},
    {C::email, L::any, 0.8, "mail|*mail*|eposta|e post"},
    {C::confirm, L::en, 1.0, "confirm*|repeat|re enter|reenter|retype|re type|verify|again|confirmation"},
    {C::confirm, L::nl, 1.0, "herhaal|herhaling|bevestig*|nogmaals|opnieuw|controle"},
    {C::confirm, L::de, 1.0, "bestatig*|bestaetig*|wiederhol*|erneut|nochmal*|nochmals"},
    {C::confirm, L::fr, 1.0, "confirm*|retapez|repeter|a nouveau|resaisir|ressaisir"},
    {C::confirm, L::es, 1.0, "confirm*|repetir|repita|vuelva a|nuevamente|de nuevo"},
    {C::confirm, L::it, 1.0, "conferma*|ripeti*|di nuovo"},
    {C::confirm, L::pt, 1.0, "confirm*|repita|repetir|novamente"},
    {C::confirm, L::pl, 1.0, "powtorz*|potwierdz*|ponownie"},

    {C::phone, L::any, 1.0,
     "phone*|*phone|*phone*|telephone*|phone number|mobile number|mobile phone|cell phone|cellphone|"
     "contact number|telephone number|company phone|business phone|work phone|landline"},
    {C::phone, L::en, 0.9, "tel|mobile|cell|cell number|whatsapp|phone no|tel no|mobile no"},
    {C::phone, L::nl, 1.0, "telefoon*|*telefoon|*telefoon*|telefoonnummer|mobiel nummer|mobiele nummer|mobielnummer|gsm nummer"},
    {C::phone, L::nl, 0.9, "mobiel|gsm|tel nr|telnr"},
    {C::phone, L::de, 1.0, "telefon*|*telefon|*telefon*|telefonnummer|rufnummer|handynummer|mobilnummer|mobiltelefon"},
    {C::phone, L::de, 0.9, "handy|mobil|tel nr"},
    {C::phone, L::fr, 1.0, "numero de telephone|telephone portable|portable|tel portable|mobile"},
    {C::phone, L::es, 1.0, "telefono*|numero de telefono|movil|celular|telefono movil"},
    {C::phone, L::it, 1.0, "telefono*|numero di telefono|cellulare|recapito telefonico"},
    {C::phone, L::pt, 1.0, "telefone*|numero de telefone|telemovel|celular|telefone celular"},
    {C::phone, L::pl, 1.0, "telefon*|numer telefonu|nr telefonu|komorka|telefon komorkowy|komorkowy"},
    {C::phone_prefix, L::en, 1.0,
     "dial code|dialing code|calling code|phone code|area code|phone prefix|country calling code|"
     "tel country code|phone country|phone country code|mobile country code|international code"},
    {C::phone_prefix, L::nl, 1.0, "landcode|landnummer|netnummer|kengetal|landnummer telefoon"},
    {C::phone_prefix, L::de, 1.0, "vorwahl|landesvorwahl|landervorwahl"},
    {C::phone_prefix, L::fr, 1.0, "indicatif|indicatif pays|indicatif telephonique"},
    {C::phone_prefix, L::es, 1.0, "prefijo|codigo de pais|codigo de area|prefijo telefonico"},
    {C::phone_prefix, L::it, 1.0, "prefisso|prefisso internazionale"},
    {C::phone_prefix, L::pt, 1.0, "indicativo|codigo do pais|ddi|ddd"},
    {C::phone_prefix, L::pl, 1.0, "kierunkowy|numer kierunkowy|kod kraju"},

    // --- Address -------------------------------------------------------------------------------------
    {C::country, L::en, 1.0,
     "country|*country|country region|country of residence|country name|residence country|country or region|"
     "country territory|your country"},
    {C::country, L::en, 0.85, "nation|country code|countrycode|ctry"},
    {C::country, L::nl, 1.0, "woonland|land van verblijf|land regio|=land|land van herkomst"},
    {C::country, L::nl, 0.85, "land"},
    {C::country, L::de, 1.0, "=land|wohnsitzland|land region|aufenthaltsland"},
    {C::country, L::de, 0.85, "land"},
    {C::country, L::fr, 1.0, "pays|pays de residence|pays region"},
    {C::country, L::es, 1.0, "pais|pais de residencia|pais region"},
    {C::country, L::it, 1.0, "paese|nazione|paese di residenza|stato di residenza"},
    {C::country, L::it, 0.75, "stato", true},
    {C::country, L::pt, 1.0, "pais|pais de residencia"},
    {C::country, L::pl, 1.0, "kraj|kraj zamieszkania|panstwo", true},

    {C::street_address, L::en, 1.0,
     "street address|address line 1|address line1|address 1|street|street name and number|street and number|"
     "street and house number|mailing address|postal address|home address|residential address|street line 1|"
     "line 1|address line one|addr 1|addr1|address1|street address line 1|street address 1"},
    {C::street_address, L::en, 0.8, "address|=address|addr|billing address|shipping address|your address"},
    {C::street_address, L::nl, 1.0, "straat*|straatnaam|straat en huisnummer|straatnaam en huisnummer|woonadres|adresregel 1|adresregel1"},
    {C::street_address, L::nl, 0.8, "adres|postadres|=adres|uw adres|je adres"},
    {C::street_address, L::de, 1.0, "strasse*|*strasse|strasse und hausnummer|strasse und nr|strasse hausnummer|anschrift|wohnadresse"},
    {C::street_address, L::de, 0.8, "adresse|str|postanschrift|ihre adresse"},
    {C::street_address, L::fr, 1.0, "numero et rue|numero et nom de rue|adresse postale|rue|voie|adresse ligne 1|ligne 1"},
    {C::street_address, L::fr, 0.8, "adresse|votre adresse"},
    {C::street_address, L::es, 1.0, "calle|calle y numero|domicilio|direccion postal|direccion linea 1|via publica"},
    {C::street_address, L::es, 0.8, "direccion|su direccion"},
    {C::street_address, L::it, 1.0, "via e numero civico|indirizzo di residenza|indirizzo riga 1|=via|via piazza"},
    {C::street_address, L::it, 0.8, "indirizzo|il tuo indirizzo"},
    {C::street_address, L::pt, 1.0, "rua|morada|logradouro|endereco linha 1|rua e numero"},
    {C::street_address, L::pt, 0.8, "endereco|seu endereco"},
    {C::street_address, L::pl, 1.0, "ulica|ulica i numer|adres zamieszkania|ulica nr domu"},
    {C::street_address, L::pl, 0.8, "adres"},
    {C::website, L::any, 1.0,
     "web address|website|web site|*website|homepage|home page|your site|site web|sitio web|pagina web|sito web|"
     "sito internet|webseite|internetseite|internetadresse|webadresse|strona www|strona internetowa|blog|"
     "company website|personal website|your website|portfolio|your web page|your web page address|your url|your page|"
     "your domain|domain|shop url|store url|your shop|your store|site url|website url|subdomain"},

    {C::address_line2, L::en, 1.0,
     "address line 2|address line2|address 2|address2|addr 2|addr2|street line 2|line 2|address line two|"
     "apartment|apt|suite|apartment suite|apt suite|additional address|address continued|street address line 2|"
     "street address 2|street line two"},
    {C::address_line2, L::en, 0.8, "unit|flat|building|floor"},
    {C::address_line2, L::nl, 1.0, "adresregel 2|adresregel2|adres 2|appartement|aanvullend adres|adres vervolg"},
    {C::address_line2, L::de, 1.0, "adresszusatz|adresse 2|zusatz|wohnung|stockwerk|adresszeile 2"},
    {C::address_line2, L::fr, 1.0, "complement d adresse|adresse 2|batiment|appartement|etage|adresse ligne 2|ligne 2"},
    {C::address_line2, L::es, 1.0, "direccion 2|apartamento|piso|depto|departamento|direccion linea 2|escalera"},
    {C::address_line2, L::it, 1.0, "indirizzo 2|interno|scala|indirizzo riga 2"},
    {C::address_line2, L::pt, 1.0, "complemento|endereco 2|apartamento|endereco linha 2"},
    {C::address_line2, L::pl, 1.0, "adres 2|numer mieszkania|nr mieszkania|lokal|adres linia 2"},

    {C::postal_code, L::en, 1.0, "zip*|*zip|*zipcode|zip code|postal code|postalcode|*postalcode|postcode|*postcode|post code|postal|postal zip|zip postal code"},
    {C::postal_code, L::nl, 1.0, "postcode|*postcode"},
    {C::postal_code, L::de, 1.0, "plz|postleitzahl"},
    {C::postal_code, L::fr, 1.0, "code postal|codepostal"},
    {C::postal_code, L::fr, 0.7, "cp"},
    {C::postal_code, L::es, 1.0, "codigo postal|cod postal"},
    {C::postal_code, L::it, 1.0, "codice postale|c a p"},
    {C::postal_code, L::it, 0.9, "cap", true},
    {C::postal_code, L::pt, 1.0, "cep|codigo postal"},
    {C::postal_code, L::pl, 1.0, "kod pocztowy"},

    {C::city, L::en, 1.0, "city|*city|town|city town|town city|city or town|suburb city|your city"},
    {C::city, L::en, 0.8, "locality|suburb|municipality"},
    {C::city, L::nl, 1.0, "woonplaats|plaats|plaatsnaam|stad|*woonplaats"},
    {C::city, L::nl, 0.8, "gemeente"},
    {C::city, L::de, 1.0, "ort|wohnort|stadt|ortschaft"},
    {C::city, L::fr, 1.0, "ville|localite|commune"},
    {C::city, L::es, 1.0, "ciudad|localidad|poblacion|municipio"},
    {C::city, L::it, 1.0, "citta|localita|comune"},
    {C::city, L::pt, 1.0, "cidade|localidade|municipio|concelho"},
    {C::city, L::pl, 1.0, "miasto|miejscowosc"},

    {C::region, L::en, 1.0, "province|state province|county|state region|province state|region state|state county"},
    {C::region, L::en, 0.85, "state|region|=state"},
    {C::region, L::nl, 1.0, "provincie|regio"},
    {C::region, L::de, 1.0, "bundesland|provinz|kanton"},
    {C::region, L::de, 0.8, "region"},
    {C::region, L::fr, 1.0, "region|province|departement"},
    {C::region, L::fr, 0.7, "etat"},
    {C::region, L::es, 1.0, "provincia|comunidad autonoma|region"},
    {C::region, L::es, 0.7, "estado"},
    {C::region, L::it, 1.0, "provincia|regione"},
    {C::region, L::pt, 1.0, "estado|distrito|provincia|regiao"},
    {C::region, L::pl, 1.0, "wojewodztwo|region"},

    {C::organisation, L::en, 1.0,
     "company|company name|organisation|organization|organisation name|organization name|business name|"
     "law firm|name of organisation|name of organization|company organization|company organisation"},
    {C::organisation, L::en, 0.8, "business|employer|firm|institution|agency|org"},
    {C::organisation, L::nl, 1.0, "bedrijf*|bedrijfsnaam|organisatie|naam organisatie|onderneming|naam bedrijf"},
    {C::organisation, L::nl, 0.9, "firma|instelling|werkgever", true},
    {C::organisation, L::de, 1.0, "unternehmen|firmenname|organisation|name der organisation"},
    {C::organisation, L::de, 0.9, "firma|arbeitgeber", true},
    {C::organisation, L::fr, 1.0, "entreprise|societe|organisme|raison sociale|nom de l entreprise"},
    {C::organisation, L::es, 1.0, "empresa|organizacion|compania|razon social|nombre de la empresa"},
    {C::organisation, L::it, 1.0, "azienda|societa|organizzazione|ragione sociale|nome azienda"},
    {C::organisation, L::pt, 1.0, "empresa|organizacao|companhia|nome da empresa"},
    {C::organisation, L::pt, 0.9, "firma", true},
    {C::organisation, L::pl, 1.0, "nazwa firmy|organizacja|przedsiebiorstwo|nazwa organizacji"},
    {C::organisation, L::pl, 0.9, "firma", true},

    // --- The report: relationship, content, account, description -------------------------------------
    {C::relationship, L::en, 1.0,
     "who is submitting|who is making this request|who is filing|who is reporting|requester|"
     "relationship to|relation to|your relationship|relationship with|who are you|are you the person|"
     "on behalf of|reporting on behalf|acting on behalf|who are you reporting for|who is this report for|"
     "reporting for|in what capacity|capacity|are you reporting for yourself|who is affected|"
     "are you the person in|are you the person shown|is this you|who are you filing for|i am reporting for|"
     "i am filing on behalf|relationship|affected person"},
    {C::relationship, L::nl, 1.0,
     "relatie tot|wie ben je|wie bent u|bent u de persoon|ben jij de persoon|ben je de persoon|namens wie|wie meldt|"
     "wie doet de melding|"
     "meldt u namens|meld je namens|in welke hoedanigheid|hoedanigheid|voor wie|namens|relatie met"},
    {C::relationship, L::de, 1.0,
     "beziehung zu|verhaltnis zu|verhaeltnis zu|wer sind sie|in wessen namen|sind sie die person|wer meldet|"
     "wer reicht|wer stellt|"
     "bist du die person|fur wen|in welcher eigenschaft"},
    {C::relationship, L::fr, 1.0,
     "relation avec|lien avec|qui etes vous|etes vous la personne|pour qui|en qualite de|qui signale|"
     "votre lien|vous agissez"},
    {C::relationship, L::es, 1.0,
     "relacion con|quien es usted|quien eres|en calidad de|es usted la persona|eres la persona|quien denuncia|"
     "para quien|actua en nombre"},
    {C::relationship, L::it, 1.0,
     "rapporto con|relazione con|chi sei|in qualita di|sei la persona|e lei la persona|per chi|chi segnala"},
    {C::relationship, L::pt, 1.0,
     "relacao com|quem e voce|na qualidade de|voce e a pessoa|e a pessoa|para quem|quem denuncia"},
    {C::relationship, L::pl, 1.0, "relacja|w czyim imieniu|czy jestes osoba|kim jestes|dla kogo|kto zglasza"},

    // Questions that ask whether the reporter is the person shown: "yes" answers them with self.
    {C::self, L::any, 1.0,
     "are you the person|is this you|is it you|bent u de persoon|ben je de persoon|ben jij de persoon|ben jij dit|"
     "bent u dit|sind sie die person|bist du die person|sind sie das|etes vous la personne|est ce vous|"
     "es usted la persona|eres la persona|eres tu|e lei la persona|sei la persona|sei tu|voce e a pessoa|e voce|"
     "czy jestes osoba|czy to ty|czy jest pan pani osoba"},
    {C::self, L::en, 1.0,
     "myself|=me|=self|=i am|i am the person|i am the person shown|i am the person in|i am the person depicted|"
     "the person in the image is me|it s me|this is me|that s me|for myself|my own|me personally|"
     "i am the depicted person|i am the person shown|i am the person pictured|i m the person depicted|"
     "i am the affected person|i am the victim|=yourself|for yourself|the person shown is me"},
    {C::self, L::nl, 1.0,
     "ikzelf|mezelf|mijzelf|=ik|ik ben de persoon|ik ben het|voor mezelf|voor mijzelf|dit ben ik|"
     "ik ben de afgebeelde persoon|ik sta op de afbeelding|ik sta erop|"
     "ik ben de betrokkene|ik ben de persoon op"},
    {C::self, L::de, 1.0,
     "ich selbst|=ich|ich bin die person|fur mich selbst|das bin ich|mich selbst|ich bin betroffen|"
     "ich bin die abgebildete person|ich bin auf dem bild"},
    {C::self, L::fr, 1.0, "moi meme|=moi|je suis la personne|pour moi meme|c est moi|je suis la personne representee"},
    {C::self, L::es, 1.0, "yo mismo|yo misma|=yo|soy la persona|para mi|soy yo|mi mismo|soy la persona que aparece"},
    {C::self, L::it, 1.0, "me stesso|me stessa|=io|sono la persona|per me stesso|sono io"},
    {C::self, L::pt, 1.0, "eu mesmo|eu mesma|=eu|sou a pessoa|para mim|sou eu"},
    {C::self, L::pl, 1.0, "siebie|jestem osoba|dla siebie|to ja|ja sam|ja sama"},
    {C::self, L::pl, 1.0, "=ja", true},
    {C::child, L::en, 1.0,
     "my child|my son|my daughter|parent|parent or guardian|guardian|legal guardian|a minor|minor in my care|"
     "my kid|on behalf of my child|child"},
    {C::child, L::nl, 1.0, "mijn kind|mijn zoon|mijn dochter|ouder|ouders|voogd|wettelijk vertegenwoordiger van een kind|minderjarige"},
    {C::child, L::de, 1.0, "mein kind|mein sohn|meine tochter|eltern*|elternteil|erziehungsberechtigt*|vormund|minderjahrig*"},
    {C::child, L::fr, 1.0, "mon enfant|mon fils|ma fille|parent|tuteur|tutrice|mineur"},
    {C::child, L::es, 1.0, "mi hijo|mi hija|padre|madre|tutor|tutora|menor|tutor legal"},
    {C::child, L::it, 1.0, "mio figlio|mia figlia|genitore|tutore|minore"},
    {C::child, L::pt, 1.0, "meu filho|minha filha|pai|mae|tutor|responsavel legal|menor"},
    {C::child, L::pl, 1.0, "moje dziecko|mojego dziecka|syn|corka|rodzic|opiekun|opiekun prawny|nieletni*"},
    {C::represented, L::en, 1.0,
     "someone else|on behalf of someone|someone i represent|authorized representative|authorised representative|"
     "representative|lawyer|attorney|legal representative|agent|another person|a client|my client|"
     "on behalf of another|third party|someone i know"},
    {C::represented, L::nl, 1.0, "iemand anders|iemand die ik vertegenwoordig|vertegenwoordiger|gemachtigde|advocaat|een ander|een client"},
    {C::represented, L::de, 1.0,
     "jemand anderen|jemand anderes|eine andere person|vertreter*|bevollmachtigt*|anwalt|rechtsanwalt|mandant|"
     "im namen der|im namen des|im namen von|im auftrag|ich handle im namen"},
    {C::represented, L::fr, 1.0, "quelqu un d autre|une autre personne|representant*|avocat|mandataire|un client|au nom de"},
    {C::represented, L::es, 1.0, "otra persona|alguien mas|representante|abogado|abogada|apoderado|un cliente|en nombre de"},
    {C::represented, L::it, 1.0, "un altra persona|qualcun altro|rappresentante|avvocato|delegato|un cliente|per conto di"},
    {C::represented, L::pt, 1.0, "outra pessoa|alguem|representante|advogado|advogada|procurador|um cliente|em nome de"},
    {C::represented, L::pl, 1.0, "ktos inny|inna osoba|przedstawiciel|pelnomocnik|adwokat|prawnik|klient|w imieniu"},
    {C::yes, L::en, 1.0, "=yes|=yes i am|=yes it is"},
    {C::yes, L::nl, 1.0, "=ja|=ja dat ben ik"},
    {C::yes, L::de, 1.0, "=ja"},
    {C::yes, L::fr, 1.0, "=oui"},
    {C::yes, L::es, 1.0, "=si"},
    {C::yes, L::it, 1.0, "=si"},
    {C::yes, L::pt, 1.0, "=sim"},
    {C::yes, L::pl, 1.0, "=tak"},
    {C::no, L::en, 1.0, "=no|=no i am not"},
    {C::no, L::nl, 1.0, "=nee"},
    {C::no, L::de, 1.0, "=nein"},
    {C::no, L::fr, 1.0, "=non"},
    {C::no, L::es, 1.0, "=no"},
    {C::no, L::it, 1.0, "=no"},
    {C::no, L::pt, 1.0, "=nao"},
    {C::no, L::pl, 1.0, "=nie"},

    {C::content_url, L::en, 1.0,
     "content url|url of the content|urls of the content|link to the content|content link|content links|"
     "where the content|where is the content|where can we find|reported content|infringing|infringing url|"
     "infringing material|post url|video url|photo url|image url|url of the post|url of the video|"
     "url of the image|url of the photo|link to the post|link to the video|link to the image|link to the photo|"
     "specific url|specific urls|exact url|urls of the|url s|location of the content|url where|urls where|"
     "link where|page url|url of the page|urls to report|url to report|"
     "links to the content|content location"},
    {C::content_url, L::en, 0.85, "=url|=urls|=link|=links|=url s|=link s"},
    {C::content_url, L::en, 0.9, "links to|link to|one per line|one url per line|one link per line"},
    {C::content_url, L::en, 0.7, "url*|*url|link|links|web address"},
    {C::content_url, L::nl, 1.0, "link naar|links naar|url van|urls van|vindplaats|waar staat|link naar de|url waar|link van de|webadres van"},
    {C::content_url, L::nl, 0.75, "webadres|internetadres|koppeling"},
    {C::content_url, L::de, 1.0, "link zum|link zur|links zu|url des|url der|urls der|fundstelle|fundstellen|wo befindet sich"},
    {C::content_url, L::de, 0.75, "verknupfung"},
    {C::content_url, L::fr, 1.0, "lien vers|liens vers|url de la|url du|adresse url|emplacement du contenu"},
    {C::content_url, L::fr, 0.75, "lien|liens|adresse web"},
    {C::content_url, L::es, 1.0, "enlace a|enlaces a|url del|url de la|ubicacion del contenido"},
    {C::content_url, L::es, 0.75, "enlace*|vinculo*|direccion web"},
    {C::content_url, L::it, 1.0, "link al|link alla|link ai|url del|url della|collegamento a"},
    {C::content_url, L::it, 0.75, "collegament*|indirizzo web"},
    {C::content_url, L::pt, 1.0, "link para|links para|url do|url da|endereco do conteudo"},
    {C::content_url, L::pt, 0.75, "endereco web|ligacao"},
    {C::content_url, L::pl, 1.0, "link do|linki do|adres url|adres strony z|adresy url"},
    {C::content_url, L::pl, 0.75, "odnosnik*|adres strony"},
    {C::search_results, L::en, 1.0,
     "search result*|search results page|search engine results|results page|url of the search results|"
     "search results url|search url|search page"},
    {C::search_results, L::nl, 1.0, "zoekresultat*|zoekresultaten pagina|pagina met zoekresultaten"},
    {C::search_results, L::de, 1.0, "suchergebnis*|suchergebnisseite"},
    {C::search_results, L::fr, 1.0, "resultats de recherche|resultat de recherche|page de resultats"},
    {C::search_results, L::es, 1.0, "resultados de busqueda|resultado de busqueda|resultados de la busqueda"},
    {C::search_results, L::it, 1.0, "risultati di ricerca|risultati della ricerca|risultato di ricerca"},
    {C::search_results, L::pt, 1.0, "resultados da pesquisa|resultados de pesquisa|resultados da busca"},
    {C::search_results, L::pl, 1.0, "wyniki wyszukiwania|wynik wyszukiwania"},
    {C::reported_account, L::en, 1.0,
     "reported account|account you are reporting|account you re reporting|username of the account|"
     "profile url|profile link|account url|account link|link to the account|link to the profile|channel url|"
     "channel link|channel name|impersonating account|offending account|violating account|reported user|"
     "reported profile|username of the person|account of the person|handle of the account|"
     "url of the profile|url of the account|profile address"},
    {C::reported_account, L::any, 1.0,
     "impersonating me|account impersonating|account that is impersonating|pretending to be|doet zich voor als|"
     "zich voordoet als|gibt sich als|sich ausgibt|se fait passer pour|usurpe|que se hace pasar|se hace pasar por|"
     "cuenta suplantadora|suplanta*|si spaccia per|finge di essere|se passa por|finge ser|podszywa sie|podszywajace"},
    {C::reported_account, L::en, 1.0,
     "account that posted|account which posted|account that shared|account that uploaded|posted by|uploaded by|"
     "shared by|account responsible"},
    {C::reported_account, L::en, 0.7, "handle|profile|channel"},
    {C::reported_account, L::nl, 1.0,
     "gemeld account|account dat je meldt|account die je meldt|profiel url|profiellink|link naar het profiel|"
     "link naar het account|gebruikersnaam van het account|gebruikersnaam van de|account van de"},
    {C::reported_account, L::nl, 1.0, "account dat het plaatste|account dat dit plaatste|geplaatst door|gedeeld door"},
    {C::reported_account, L::nl, 0.7, "profiel"},
    {C::reported_account, L::de, 1.0,
     "gemeldetes konto|gemeldeter account|profil url|profillink|link zum profil|link zum konto|benutzername des"},
    {C::reported_account, L::de, 1.0, "gepostet von|hochgeladen von|geteilt von|veroffentlicht von|konto das"},
    {C::reported_account, L::de, 0.7, "profil|konto"},
    {C::reported_account, L::fr, 1.0, "compte signale|url du profil|lien du profil|lien vers le profil|nom d utilisateur du compte"},
    {C::reported_account, L::fr, 1.0, "publie par|compte qui a publie|partage par"},
    {C::reported_account, L::fr, 0.7, "profil|compte"},
    {C::reported_account, L::es, 1.0, "cuenta denunciada|url del perfil|enlace al perfil|nombre de usuario de la cuenta"},
    {C::reported_account, L::es, 1.0, "publicado por|cuenta que publico|compartido por"},
    {C::reported_account, L::es, 0.7, "perfil|cuenta"},
    {C::reported_account, L::it, 1.0, "account segnalato|url del profilo|link al profilo|profilo segnalato"},
    {C::reported_account, L::it, 1.0, "pubblicato da|account che ha pubblicato|condiviso da"},
    {C::reported_account, L::it, 0.7, "profilo"},
    {C::reported_account, L::pt, 1.0, "conta denunciada|url do perfil|link do perfil|perfil denunciado"},
    {C::reported_account, L::pt, 1.0, "publicado por|conta que publicou|compartilhado por"},
    {C::reported_account, L::pt, 0.7, "perfil|conta"},
    {C::reported_account, L::pl, 1.0, "zglaszane konto|link do profilu|adres profilu|zglaszany profil"},
    {C::reported_account, L::pl, 1.0, "opublikowane przez|konto ktore opublikowalo|udostepnione przez"},
    {C::reported_account, L::pl, 0.7, "profil|konto"},

    {C::description, L::en, 1.0,
     "description|describe|explain|explanation|what happened|tell us|please describe|additional information|"
     "additional details|describe the|your message|reason for|why should|why do you|details of your"},
    {C::description, L::en, 0.8,
     "reason|message|comment*|more information|complaint|enquiry|inquiry|remarks|details|detail|why|"
     "additional info|further information|further details|anything else|other information|notes"},
    {C::description, L::en, 0.6, "problem|question|note|body|your request"},
    {C::description, L::nl, 1.0, "omschrijving|beschrijving|beschrijf|toelichting|uitleg|wat is er gebeurd|aanvullende informatie|licht toe"},
    {C::description, L::nl, 0.8, "reden|waarom|bericht|opmerking*|klacht|vraag|uw bericht|je bericht|verzoek"},
    {C::description, L::de, 1.0, "beschreibung|beschreiben|begrundung|begruendung|erlauterung|erlaeuterung|weitere informationen|was ist passiert"},
    {C::description, L::de, 0.8, "grund|nachricht|mitteilung|anmerkung*|kommentar|ihre anfrage|anliegen|warum|ihre nachricht|details"},
    {C::description, L::fr, 1.0, "decrire|decrivez|explication*|expliquez|informations complementaires|precisions"},
    {C::description, L::fr, 0.8, "motif|raison|message|commentaire*|pourquoi|votre demande|votre message|details"},
    {C::description, L::es, 1.0, "descripcion|describa|describe|explicacion|explique|informacion adicional|que ha pasado|que paso"},
    {C::description, L::es, 0.8, "motivo|razon|mensaje|comentario*|por que|detalles|su mensaje|tu mensaje|consulta"},
    {C::description, L::it, 1.0, "descrizione|descrivi|descriva|spiegazione|spiega|informazioni aggiuntive|cosa e successo"},
    {C::description, L::it, 0.8, "motivo|messaggio|commento|commenti|perche|dettagli|note|il tuo messaggio|richiesta"},
    {C::description, L::pt, 1.0, "descricao|descreva|explicacao|explique|informacoes adicionais|o que aconteceu"},
    {C::description, L::pt, 0.8, "motivo|mensagem|comentario*|por que|detalhes|sua mensagem|pedido"},
    {C::description, L::pl, 1.0, "opis|opisz|wyjasnienie|wyjasnij|dodatkowe informacje|co sie stalo"},
    {C::description, L::pl, 0.8, "powod|wiadomosc|komentarz*|dlaczego|uwagi|tresc|szczegoly"},

    {C::signature, L::en, 1.0,
     "signature|electronic signature|digital signature|e signature|esignature|sign here|type your name to sign|"
     "typed signature|your signature|signed by|sign your name|signature name|signatory"},
    {C::signature, L::en, 0.7, "=sign|signed"},
    {C::signature, L::nl, 1.0, "handtekening|ondertekening|ondertekend door|onderteken*|digitale handtekening|naam ondertekenaar"},
    {C::signature, L::de, 1.0, "unterschrift|unterschreiben|unterzeichnet|unterzeichner|elektronische unterschrift|signatur"},
    {C::signature, L::fr, 1.0, "signature|signez|signe par|signataire|signature electronique"},
    {C::signature, L::es, 1.0, "firmado|firme aqui|firmante|firma electronica"},
    {C::signature, L::es, 1.0, "firma", true},
    {C::signature, L::it, 1.0, "firmato|firmatario|firma elettronica"},
    {C::signature, L::it, 1.0, "firma", true},
    {C::signature, L::pt, 1.0, "assinatura|assine|assinado|assinatura eletronica"},
    {C::signature, L::pl, 1.0, "podpis|podpisz|podpisano|podpis elektroniczny"},

    {C::date, L::en, 1.0,
     "=date|today s date|todays date|date of signature|signature date|date signed|current date|today|date today|=date of request"},
    {C::date, L::en, 0.6, "date"},
    {C::date, L::nl, 1.0, "=datum|datum van vandaag|datum ondertekening|datum van ondertekening|dagtekening|datum vandaag"},
    {C::date, L::nl, 0.6, "datum"},
    {C::date, L::de, 1.0, "=datum|heutiges datum|datum der unterschrift|datum heute"},
    {C::date, L::de, 0.6, "datum"},
    {C::date, L::fr, 1.0, "date du jour|date de signature|fait le|=date"},
    {C::date, L::es, 1.0, "=fecha|fecha de hoy|fecha de firma|fecha actual"},
    {C::date, L::es, 0.6, "fecha"},
    {C::date, L::it, 1.0, "=data|data di oggi|data odierna|data della firma", true},
    {C::date, L::it, 0.6, "data", true},
    {C::date, L::pt, 1.0, "=data|data de hoje|data da assinatura|data atual", true},
    {C::date, L::pt, 0.6, "data", true},
    {C::date, L::pl, 1.0, "=data|dzisiejsza data|data podpisania|data podpisu", true},
    {C::date, L::pl, 0.6, "data", true},
    {C::birth, L::any, 1.0,
     "birth*|date of birth|birthday|birthdate|dob|born|geboorte*|geboortedatum|geboorteplaats|geburt*|"
     "geburtsdatum|geburtsort|geburtstag|naissance|date de naissance|lieu de naissance|nacimiento|"
     "fecha de nacimiento|nascita|data di nascita|luogo di nascita|nascimento|data de nascimento|urodzenia|"
     "data urodzenia|miejsce urodzenia|urodziny|bday|b day|day of birth|month of birth|year of birth"},
    {C::other_date, L::en, 1.0,
     "date posted|posted on|date published|published on|date uploaded|uploaded on|date of the incident|"
     "incident date|when did|since when|first seen|start date|end date|from date|to date|valid from|valid until|"
     "arrival|departure|check in|check out|delivery date|appointment|date of publication|when was|occurred|"
     "issue date|date of issue|issued on|expiry date|valid thru|valid through|=mm yy|=mm yyyy|=mm jj|=mm aa|=mm jjjj|=mm aaaa"},
    {C::other_date, L::any, 1.0,
     "date when|date on which|when you saw|saw|seen|discovered|noticed|first noticed|found|datum waarop|gezien|ontdekt|"
     "datum an dem|gesehen|entdeckt|bemerkt|date a laquelle|date ou|vu|vu le contenu|decouvert|remarque|fecha en que|visto|"
     "descubierto|data in cui|scoperto|notato|data em que|descoberto|data kiedy|zauwazyl*|odkryl*|widzial*"},
    {C::other_date, L::nl, 1.0, "geplaatst op|datum van plaatsing|sinds wanneer|wanneer|datum van publicatie|ingangsdatum|einddatum|begindatum"},
    {C::other_date, L::de, 1.0, "veroffentlicht am|seit wann|wann|datum der veroffentlichung|beginn|ende|startdatum|enddatum"},
    {C::other_date, L::fr, 1.0, "publie le|depuis quand|quand|date de publication|date de debut|date de fin"},
    {C::other_date, L::es, 1.0, "publicado el|desde cuando|cuando|fecha de publicacion|fecha de inicio|fecha de fin"},
    {C::other_date, L::it, 1.0, "pubblicato il|da quando|quando|data di pubblicazione|data di inizio|data di fine"},
    {C::other_date, L::pt, 1.0, "publicado em|desde quando|quando|data de publicacao|data de inicio|data de fim"},
    {C::other_date, L::pl, 1.0, "opublikowano|od kiedy|kiedy|data publikacji|data rozpoczecia|data zakonczenia"},

    // --- Statements (checkboxes) ---------------------------------------------------------------------
    {C::consent, L::any, 1.0,
     "i understand that|i understand|ik begrijp dat|ik begrijp|ich verstehe|je comprends|entiendo que|comprendo che|"
     "entendo que|rozumiem ze|rozumiem"},
    {C::consent, L::en, 1.0,
     "i agree|i accept|agree to|terms of service|terms and conditions|terms of use|privacy policy|privacy notice|"
     "privacy statement|i consent|consent to|i have read|i ve read|i acknowledge|acknowledge that"},
    {C::consent, L::en, 0.8, "terms|consent|accept the|data processing|processing of my|agree|accept"},
    {C::consent, L::nl, 1.0, "ik ga akkoord|ga akkoord|akkoord met|algemene voorwaarden|privacyverklaring|privacybeleid|ik heb gelezen|toestemming voor"},
    {C::consent, L::nl, 0.8, "akkoord|voorwaarden|toestemming|verwerking van mijn"},
    // "Without (their) consent" describes content (a rule, a category), it is not the person's consent.
    {C::other, L::any, 1.0,
     "without consent|without their consent|without my consent|without permission|zonder toestemming|"
     "zonder hun toestemming|zonder mijn toestemming|ohne zustimmung|ohne einwilligung|ohne ihre zustimmung|"
     "sans consentement|sans leur consentement|sans mon consentement|sin consentimiento|sin su consentimiento|"
     "senza consenso|senza il loro consenso|sem consentimento|sem o seu consentimento|bez zgody|bez ich zgody"},
    {C::consent, L::de, 1.0, "ich stimme|ich akzeptiere|einverstanden|agb|nutzungsbedingungen|datenschutzerklarung|ich habe gelesen|gelesen und akzeptiert"},
    {C::consent, L::de, 0.8, "zustimm*|datenschutz*|einwillig*|bedingungen"},
    {C::consent, L::fr, 1.0, "j accepte|conditions generales|conditions d utilisation|politique de confidentialite|j ai lu|je consens"},
    {C::consent, L::fr, 0.8, "accepte|consentement|conditions"},
    {C::consent, L::es, 1.0, "acepto|he leido|politica de privacidad|doy mi consentimiento|terminos y condiciones"},
    {C::consent, L::es, 0.8, "terminos|condiciones|consentimiento"},
    {C::consent, L::it, 1.0, "accetto|ho letto|informativa sulla privacy|acconsento|termini e condizioni"},
    {C::consent, L::it, 0.8, "termini|condizioni|informativa|consenso|privacy"},
    {C::consent, L::pt, 1.0, "aceito|concordo|li e aceito|politica de privacidade|termos e condicoes"},
    {C::consent, L::pt, 0.8, "termos|consentimento"},
    {C::consent, L::pl, 1.0, "akceptuje|zgadzam sie|wyrazam zgode|polityka prywatnosci|polityke prywatnosci|zapoznalem sie|zapoznalam sie"},
    {C::consent, L::pl, 0.8, "regulamin*|zgoda"},
    {C::good_faith, L::en, 1.0, "good faith|good faith belief|bona fide"},
    {C::good_faith, L::nl, 1.0, "te goeder trouw|goede trouw"},
    {C::good_faith, L::de, 1.0, "in gutem glauben|guten glaubens|treu und glauben"},
    {C::good_faith, L::fr, 1.0, "de bonne foi|bonne foi"},
    {C::good_faith, L::es, 1.0, "de buena fe|buena fe"},
    {C::good_faith, L::it, 1.0, "in buona fede|buona fede"},
    {C::good_faith, L::pt, 1.0, "de boa fe|boa fe"},
    {C::good_faith, L::pl, 1.0, "w dobrej wierze|dobrej wierze"},
    {C::sworn, L::en, 1.0,
     "under penalty of perjury|penalty of perjury|perjury|sworn|i swear|swear that|under oath|i declare|"
     "i hereby declare|declare that|i certify|certify that|i hereby certify|i affirm|affirm that|i attest|"
     "attest that|statutory declaration|i confirm that|i hereby confirm|i state that|i solemnly"},
    {C::sworn, L::en, 0.7, "true and accurate|true and correct|accurate and complete|complete and accurate"},
    {C::sworn, L::nl, 1.0,
     "ik verklaar|verklaar ik|verklaar dat|naar waarheid|waarheidsgetrouw|op erewoord|onder ede|ik bevestig dat|"
     "bevestig dat|juist en volledig|meineed|ik verklaar hierbij"},
    {C::sworn, L::de, 1.0,
     "an eides statt|eidesstattlich*|ich versichere|versichere|ich erklare|erklare|wahrheitsgemass|"
     "nach bestem wissen|ich bestatige dass|meineid|richtig und vollstandig"},
    {C::sworn, L::fr, 1.0,
     "je declare|sur l honneur|j atteste|atteste|je certifie|certifie|sous peine de parjure|parjure|je confirme que|"
     "declare que|sous serment"},
    {C::sworn, L::es, 1.0,
     "bajo pena de perjurio|perjurio|declaro|bajo juramento|juro|certifico|confirmo que|declaro que|"
     "falso testimonio|veraz y"},
    {C::sworn, L::it, 1.0,
     "dichiaro|sotto la mia responsabilita|sotto pena di|spergiuro|falsa testimonianza|giuro|certifico|"
     "confermo che|dichiaro che"},
    {C::sworn, L::pt, 1.0, "declaro|sob pena de|perjurio|sob juramento|juro|certifico|confirmo que|declaro que"},
    {C::sworn, L::pl, 1.0,
     "oswiadczam|pod rygorem|odpowiedzialnosci karnej|pod przysiega|krzywoprzysiestwo|zaswiadczam|"
     "potwierdzam ze|zgodne z prawda|zgodnie z prawda"},
    {C::newsletter, L::any, 1.0,
     "newsletter|nieuwsbrief|marketing|promotional|promotions|special offers|offers|subscribe|aanbiedingen|"
     "inschrijven|angebote|abonnieren|offres|ofertas|iscriviti|offerte|oferty|remember me|keep me signed in|"
     "stay signed in|keep me logged in|stay logged in|onthoud mij|onthoud me|ingelogd blijven|angemeldet bleiben|"
     "se souvenir de moi|rester connecte|recordarme|mantener sesion|ricordami|lembrar|lembrar me|zapamietaj|"
     "zapamietaj mnie|show password|toon wachtwoord|passwort anzeigen|afficher le mot de passe|mostrar contrasena|"
     "trusted device|this device|e mail updates|email updates|updates by email|send me|keep me updated|"
     "product updates|news and updates"},

    // --- Machinery -----------------------------------------------------------------------------------
    {C::captcha, L::any, 1.0,
     "captcha*|*captcha*|recaptcha*|g recaptcha response|h captcha response|hcaptcha|cf turnstile response|"
     "turnstile|frc captcha|i m not a robot|im not a robot|not a robot|ik ben geen robot|ich bin kein roboter|"
     "je ne suis pas un robot|no soy un robot|non sono un robot|nao sou um robo|nie jestem robotem|"
     "enter the characters|type the characters|characters you see|security check"},
    {C::code, L::any, 1.0,
     "=code|verification code|email verification code|e mail verification code|phone verification code|"
     "sms verification code|confirmation code|email code|phone code|verify code|one time code|one time password|otp|pin|pin code|sms code|auth code|"
     "authentication code|2fa|two factor|token|access code|invite code|invitation code|verificatiecode|"
     "bestatigungscode|code de verification|codigo de verificacion|codice di verifica|codigo de verificacao|"
     "kod weryfikacyjny"},
    {C::password, L::any, 1.0, "password*|*password|passcode|wachtwoord|passwort|mot de passe|contrasena|senha|haslo|"
     "kennwort|parola d ordine"},
    {C::other, L::any, 0.8, "fake*|leave blank"},  // traps that say so: the decoy rows (#14 A)
    {C::third_party, L::en, 1.0,
     "reported person|person you are reporting|person you re reporting|person being reported|uploader|"
     "who posted|who uploaded|offender|perpetrator|the person who|person responsible|the poster|abuser|"
     "of the reported|the maker|creator of the content"},
    {C::third_party, L::nl, 1.0, "dader|gemelde persoon|persoon die je meldt|persoon die u meldt|degene die|van de plaatser|plaatser|maker van"},
    {C::third_party, L::de, 1.0, "tater|gemeldete person|die person die|verursacher|ersteller des"},
    {C::third_party, L::fr, 1.0, "personne signalee|auteur des faits|la personne qui|auteur du contenu"},
    {C::third_party, L::es, 1.0, "persona denunciada|infractor|la persona que|autor del contenido"},
    {C::third_party, L::it, 1.0, "persona segnalata|la persona che|autore del contenuto"},
    {C::third_party, L::pt, 1.0, "pessoa denunciada|a pessoa que|autor do conteudo"},
    {C::third_party, L::pl, 1.0, "zglaszana osoba|sprawca|osoba ktora"},
    {C::login, L::any, 1.0,
     "log in|login|sign in|signin|log on|logon|password recovery|forgot password|forgot your password|"
     "reset password|reset your password|recover password|recover your password|inloggen|wachtwoord vergeten|"
     "anmelden|einloggen|passwort vergessen|se connecter|connexion|mot de passe oublie|iniciar sesion|"
     "olvidaste tu contrasena|accedi|password dimenticata|esqueceu a senha|esqueceu sua senha|zaloguj|"
     "zaloguj sie|logowanie|nie pamietasz hasla"},
    // Questions for another case than the person's ("If you are a representative, ..."); "if applicable"
    // is not one of them: it marks an optional field.
    {C::signup, L::any, 1.0,
     "sign up|signup|register|registration|create account|create an account|create your account|join now|"
     "new account|account aanmaken|registreren|registratie|registrieren|registrierung|konto erstellen|"
     "inscription|creer un compte|creer votre compte|registrarse|registro|crear cuenta|crear una cuenta|"
     "registrati|registrazione|crea account|cadastre se|cadastro|criar conta|zarejestruj|zarejestruj sie|"
     "rejestracja|zaloz konto"},
    {C::conditional, L::en, 1.0,
     "if you are|if you re|only if|if so|if yes|if no|if other|other please explain|other please specify|"
     "please specify|if not|if you answered"},
    {C::conditional, L::nl, 1.0, "als u een|als je een|zo ja|zo nee|anders namelijk|indien u een|indien je een"},
    {C::conditional, L::de, 1.0, "wenn sie ein|falls sie ein|wenn ja|wenn nein|sonstiges bitte angeben"},
    {C::conditional, L::fr, 1.0, "si vous etes|si oui|si non|autre precisez"},
    {C::conditional, L::es, 1.0, "si usted es|si eres|en caso afirmativo|otro especifique|si es asi"},
    {C::conditional, L::it, 1.0, "se sei|se lei e|in caso affermativo|altro specificare"},
    {C::conditional, L::pt, 1.0, "se voce e|em caso afirmativo|outro especifique|se sim"},
    {C::conditional, L::pl, 1.0, "jesli jestes|jezeli jestes|jesli tak|jezeli tak|inne jakie"},
    {C::report_context, L::en, 1.0,
     "report|reporting|removal|remove|takedown|take down|infringement|copyright|dmca|privacy complaint|"
     "impersonation|abuse|harassment|non consensual|intimate|deepfake|manipulated|right to be forgotten|"
     "delisting|legal request|violat*"},
    {C::report_context, L::nl, 1.0, "melden|melding|meldformulier|verwijder*|klacht|misbruik|recht op vergetelheid|privacyverzoek"},
    {C::report_context, L::de, 1.0, "meldung|melden|entfernung|entfernen|beschwerde|missbrauch|recht auf vergessenwerden|loschung"},
    {C::report_context, L::fr, 1.0, "signaler|signalement|suppression|retrait|plainte|abus|droit a l oubli"},
    {C::report_context, L::es, 1.0, "denunciar|denuncia|eliminar|eliminacion|retirada|queja|abuso|derecho al olvido"},
    {C::report_context, L::it, 1.0, "segnala*|rimozione|rimuovere|reclamo|abuso|diritto all oblio"},
    {C::report_context, L::pt, 1.0, "denunciar|remocao|remover|reclamacao|abuso|direito ao esquecimento"},
    {C::report_context, L::pl, 1.0, "zglos*|zgloszenie|usuniecie|usunac|skarga|naduzycie|prawo do bycia zapomnianym"},
    // --- #14 C rows ---------------------------------------------------------------------------------
    // Who is shown, in more words: the person answering that it is them.
    {C::self, L::en, 1.0, "the person shown|i am the person shown in|it is me|yes it is me|i am shown|i am in the image|i am in the video"},
    {C::self, L::nl, 1.0, "ik ben degene die te zien is|ik ben te zien|ik ben degene op de afbeelding|ik ben het zelf|dat ben ik"},
    {C::self, L::de, 1.0, "ich bin die betroffene person|betroffene person bin ich|ich bin zu sehen|ich bin die gezeigte person|ich bin es"},
    {C::self, L::fr, 1.0, "c est moi|je suis la personne concernee|je suis la personne visible|je suis la personne montree|il s agit de moi"},
    {C::self, L::es, 1.0, "soy la persona afectada|soy la persona que se muestra|soy yo quien aparece|se trata de mi"},
    {C::self, L::it, 1.0, "sono la persona interessata|sono la persona mostrata|sono la persona ritratta|si tratta di me"},
    {C::self, L::pt, 1.0, "sou a pessoa afetada|sou a pessoa retratada|sou a pessoa mostrada|sou eu quem aparece|trata se de mim"},
    {C::self, L::pl, 1.0, "jestem osoba widoczna|jestem osoba pokazana|jestem osoba poszkodowana|to jestem ja"},
    // Reporting for someone else, as a condition ("if you are reporting on behalf of someone").
    {C::represented, L::en, 1.0, "reporting on behalf of someone|on behalf of someone else|for another person|for someone else"},
    {C::represented, L::nl, 1.0, "namens iemand anders|voor iemand anders|namens een ander"},
    {C::represented, L::de, 1.0, "im namen einer anderen person|fur eine andere person"},
    {C::represented, L::fr, 1.0, "pour le compte d|pour une autre personne|pour quelqu un d autre"},
    {C::represented, L::es, 1.0, "por cuenta de|por otra persona|para otra persona"},
    {C::represented, L::it, 1.0, "per un altra persona|a nome di|per conto di un altra persona"},
    {C::represented, L::pl, 1.0, "w imieniu innej osoby|dla innej osoby"},
    // Made or altered with AI: the question, and a report category that names it.
    {C::ai_generated, L::en, 1.0,
     "ai generated|generated by ai|generated with ai|generated using ai|made with ai|made by ai|created with ai|"
     "created by ai|created using ai|altered with ai|altered using ai|edited with ai|ai altered|ai edited|"
     "ai manipulated|artificial intelligence|deepfake|deepfakes|deep fake|synthetic|synthetically generated|"
     "digitally altered|digitally manipulated|manipulated media|manipulated image*|manipulated video*|"
     "fake image*|fake video*|fake nude*|face swap|faceswap|nudify|undress app"},
    {C::ai_generated, L::nl, 1.0,
     "door ai gemaakt|met ai gemaakt|ai gegenereerd|gegenereerd met ai|gegenereerd door ai|met ai bewerkt|"
     "kunstmatige intelligentie|deepfake|deepfakes|nepbeeld*|nepfoto*|nepvideo*|nepnaakt*|gemanipuleerd*|"
     "digitaal bewerkt|synthetisch*"},
    {C::ai_generated, L::de, 1.0,
     "ki generiert|ki generierte|ki generiertes|mit ki erstellt|mit ki erzeugt|durch ki erzeugt|ki erzeugt|"
     "kunstliche intelligenz|deepfake|deepfakes|manipuliert*|gefalscht*|digital verandert*|synthetisch*"},
    {C::ai_generated, L::fr, 1.0,
     "genere par ia|genere par l ia|generee par ia|generee par l ia|cree par ia|cree avec l ia|creee avec l ia|"
     "intelligence artificielle|deepfake|deepfakes|hypertrucage*|manipule*|truque*|synthetique*"},
    {C::ai_generated, L::es, 1.0,
     "generado por ia|generada por ia|generado con ia|creado con ia|creada con ia|inteligencia artificial|"
     "deepfake|deepfakes|ultrafalso*|manipulado*|manipulada*|falsificado*|sintetico*|sintetica*"},
    {C::ai_generated, L::it, 1.0,
     "generato da ia|generata da ia|generato con l ia|creato con ia|creata con ia|intelligenza artificiale|"
     "deepfake|deepfakes|manipolat*|falsificat*|sintetic*"},
    {C::ai_generated, L::pt, 1.0,
     "gerado por ia|gerada por ia|criado com ia|criada com ia|inteligencia artificial|deepfake|deepfakes|"
     "manipulado*|manipulada*|falsificad*|sintetic*"},
    {C::ai_generated, L::pl, 1.0,
     "wygenerowane przez ai|wygenerowany przez ai|wygenerowane przez sztuczna inteligencje|stworzone przez ai|"
     "sztuczna inteligencja|sztucznej inteligencji|deepfake|deepfakes|zmanipulowan*|sfalszowan*|syntetyczn*"},
    // Did the person consent to it being shared; "without your consent" asks it the other way round.
    {C::consent_to_share, L::en, 1.0,
     "did you consent|did you give consent|have you consented|have you given consent|did you agree to|"
     "did you give permission|did you authorise|did you authorize|consent to share|consent to sharing|"
     "consent to it being shared|consented to the sharing|agree to it being shared|agreed to it being shared|"
     "consent to its publication|without your consent|without consent|without your permission"},
    {C::consent_to_share, L::nl, 1.0,
     "heb je toestemming gegeven|heeft u toestemming gegeven|toestemming gegeven voor|toestemming om te delen|"
     "toestemming voor het delen|toestemming voor publicatie|zonder toestemming|zonder jouw toestemming|"
     "zonder uw toestemming"},
    {C::consent_to_share, L::de, 1.0,
     "haben sie zugestimmt|hast du zugestimmt|haben sie eingewilligt|hast du eingewilligt|"
     "einwilligung zur veroffentlichung|zustimmung zur veroffentlichung|zustimmung zur weitergabe|"
     "ohne ihre zustimmung|ohne zustimmung|ohne einwilligung|ohne ihre einwilligung|ohne deine zustimmung|"
     "mit ihrer zustimmung|mit deiner zustimmung|mit ihrer einwilligung|mit deiner einwilligung"},
    {C::consent_to_share, L::fr, 1.0,
     "avez vous consenti|avez vous donne votre consentement|as tu consenti|consentement a la diffusion|"
     "consenti a la diffusion|consentement au partage|consentement a la publication|sans votre consentement|"
     "sans consentement|sans ton consentement"},
    {C::consent_to_share, L::es, 1.0,
     "dio su consentimiento|diste tu consentimiento|consintio|consentiste|consentimiento para compartir|"
     "consentimiento para la difusion|consentimiento para publicar|sin su consentimiento|sin consentimiento|"
     "sin tu consentimiento"},
    {C::consent_to_share, L::it, 1.0,
     "ha dato il consenso|hai dato il consenso|ha acconsentito|hai acconsentito|consenso alla condivisione|"
     "consenso alla diffusione|consenso alla pubblicazione|senza il suo consenso|senza consenso|senza il tuo consenso"},
    {C::consent_to_share, L::pt, 1.0,
     "deu o seu consentimento|deu seu consentimento|consentiu|consentimento para partilhar|"
     "consentimento para compartilhar|consentimento para a divulgacao|consentimento para publicar|"
     "sem o seu consentimento|sem consentimento|sem seu consentimento"},
    {C::consent_to_share, L::pl, 1.0,
     "czy wyraziles zgode|czy wyrazilas zgode|czy wyrazil pan zgode|czy wyrazila pani zgode|"
     "zgoda na udostepnienie|zgoda na rozpowszechnianie|zgode na publikacje|bez zgody|bez twojej zgody|bez pana zgody"},
    {C::without_consent, L::en, 1.0, "without your consent|without consent|without your permission"},
    {C::without_consent, L::nl, 1.0, "zonder toestemming|zonder jouw toestemming|zonder uw toestemming"},
    {C::without_consent, L::de, 1.0, "ohne ihre zustimmung|ohne zustimmung|ohne einwilligung|ohne ihre einwilligung|ohne deine zustimmung"},
    {C::without_consent, L::fr, 1.0, "sans votre consentement|sans consentement|sans ton consentement"},
    {C::without_consent, L::es, 1.0, "sin su consentimiento|sin consentimiento|sin tu consentimiento"},
    {C::without_consent, L::it, 1.0, "senza il suo consenso|senza consenso|senza il tuo consenso"},
    {C::without_consent, L::pt, 1.0, "sem o seu consentimento|sem consentimento|sem seu consentimento"},
    {C::without_consent, L::pl, 1.0, "bez zgody|bez twojej zgody|bez pana zgody"},
    // What is reported: the question.
    {C::report_category, L::en, 1.0,
     "what are you reporting|what do you want to report|what would you like to report|what are you reporting about|"
     "type of report|report type|reason for reporting|reason for your report|reason for report|type of content|"
     "type of violation|violation type|type of abuse|what best describes|which best describes|issue type|type of issue|"
     "what is the issue|nature of the content|nature of the complaint|type of request|request type"},
    {C::report_category, L::en, 0.8, "category|content type|=reason"},
    {C::report_category, L::nl, 1.0,
     "wat wil je melden|wat wilt u melden|wat meld je|wat meldt u|soort melding|type melding|reden van de melding|"
     "reden melding|soort inhoud|waar gaat het om|soort probleem|soort verzoek"},
    {C::report_category, L::nl, 0.8, "categorie|=soort|=reden"},
    {C::report_category, L::de, 1.0,
     "was mochten sie melden|was mochtest du melden|was melden sie|was willst du melden|art der meldung|"
     "grund der meldung|meldegrund|art des inhalts|art des verstosses|art der rechtsverletzung|worum geht es|"
     "art der anfrage"},
    {C::report_category, L::de, 0.8, "kategorie|=grund"},
    {C::report_category, L::fr, 1.0,
     "que souhaitez vous signaler|que voulez vous signaler|que signalez vous|type de signalement|motif du signalement|"
     "raison du signalement|type de contenu|nature du contenu|type de probleme|type de demande"},
    {C::report_category, L::fr, 0.8, "categorie|=motif|=raison"},
    {C::report_category, L::es, 1.0,
     "que quieres denunciar|que desea denunciar|que desea reportar|que quieres reportar|tipo de denuncia|"
     "motivo de la denuncia|motivo del reporte|tipo de contenido|tipo de problema|tipo de solicitud"},
    {C::report_category, L::es, 0.8, "categoria|=motivo"},
    {C::report_category, L::it, 1.0,
     "cosa vuoi segnalare|cosa desidera segnalare|tipo di segnalazione|motivo della segnalazione|tipo di contenuto|"
     "tipo di problema|tipo di richiesta"},
    {C::report_category, L::it, 0.8, "categoria|=motivo"},
    {C::report_category, L::pt, 1.0,
     "o que deseja denunciar|o que voce quer denunciar|o que pretende denunciar|tipo de denuncia|motivo da denuncia|"
     "tipo de conteudo|tipo de problema|tipo de pedido|tipo de solicitacao"},
    {C::report_category, L::pt, 0.8, "categoria|=motivo"},
    {C::report_category, L::pl, 1.0,
     "co chcesz zglosic|rodzaj zgloszenia|typ zgloszenia|powod zgloszenia|rodzaj tresci|rodzaj problemu|rodzaj wniosku"},
    {C::report_category, L::pl, 0.8, "kategoria|=powod"},
    // Report categories an option may name (synthetic imagery is ai_generated above).
    {C::category_intimate, L::en, 1.0,
     "intimate image*|intimate imagery|intimate video*|intimate content|intimate photo*|nude*|nudity|naked|"
     "sexual image*|sexual content|sexual imagery|sexually explicit|explicit image*|explicit content|non consensual|"
     "nonconsensual|revenge porn|pornograph*|ncii"},
    {C::category_intimate, L::nl, 1.0,
     "intieme beelden|intiem beeld*|intieme foto*|intieme video*|naaktfoto*|naaktbeeld*|naakt|seksuele beelden|"
     "seksueel beeld*|seksuele inhoud|seksueel expliciet*|wraakporno|porno*"},
    {C::category_intimate, L::de, 1.0,
     "intime bilder|intimes bild|intime aufnahmen|intime inhalte|nacktbild*|nacktfoto*|nacktaufnahmen|nacktheit|"
     "sexuelle inhalte|sexuelle bilder|sexuell explizit*|racheporno*|porno*"},
    {C::category_intimate, L::fr, 1.0,
     "images intimes|image intime|contenu intime|photos intimes|video intime|nudite|photos denudees|contenu sexuel|"
     "images sexuelles|sexuellement explicite*|pornograph*"},
    {C::category_intimate, L::es, 1.0,
     "imagenes intimas|imagen intima|contenido intimo|desnudo*|desnudez|contenido sexual|imagenes sexuales|"
     "sexualmente explicito*|pornograf*"},
    {C::category_intimate, L::it, 1.0,
     "immagini intime|immagine intima|contenuti intimi|nudo|nudita|contenuti sessuali|immagini sessuali|"
     "sessualmente esplicit*|pornograf*"},
    {C::category_intimate, L::pt, 1.0,
     "imagens intimas|imagem intima|conteudo intimo|nudez|conteudo sexual|imagens sexuais|sexualmente explicit*|pornograf*"},
    {C::category_intimate, L::pl, 1.0,
     "intymne zdjecia|intymne obrazy|intymne tresci|intymny wizerunek|nagie zdjecia|nagosc|tresci seksualne|"
     "seksualne|jednoznacznie seksualne|pornograf*"},
    {C::category_privacy, L::en, 1.0,
     "privacy|private information|personal information|personal data|impersonation|impersonating|"
     "pretending to be me|identity theft|fake account|fake profile|my likeness|use of my image|right to be forgotten"},
    {C::category_privacy, L::nl, 1.0,
     "privacy|persoonsgegevens|persoonlijke gegevens|privegegevens|identiteitsfraude|zich voordoen als|nepaccount|"
     "nepprofiel|portretrecht"},
    {C::category_privacy, L::de, 1.0,
     "privatsphare|datenschutz|personliche daten|personenbezogene daten|identitatsdiebstahl|gefalschtes profil|"
     "recht am eigenen bild"},
    {C::category_privacy, L::fr, 1.0,
     "vie privee|confidentialite|donnees personnelles|informations personnelles|usurpation d identite|faux compte|"
     "faux profil|droit a l image"},
    {C::category_privacy, L::es, 1.0,
     "privacidad|datos personales|informacion personal|suplantacion de identidad|suplantacion|cuenta falsa|perfil falso|"
     "derecho a la propia imagen"},
    {C::category_privacy, L::it, 1.0,
     "privacy|riservatezza|dati personali|informazioni personali|furto d identita|sostituzione di persona|"
     "account falso|profilo falso|diritto all immagine"},
    {C::category_privacy, L::pt, 1.0,
     "privacidade|dados pessoais|informacoes pessoais|roubo de identidade|falsa identidade|conta falsa|perfil falso|"
     "direito de imagem|direito a imagem"},
    {C::category_privacy, L::pl, 1.0,
     "prywatnosc|dane osobowe|informacje osobiste|podszywanie sie|kradziez tozsamosci|falszywe konto|falszywy profil"},
    // A subject line (these words were a sink until #14).
    {C::subject, L::en, 1.0, "subject|subject line|email subject|message subject|subject of your request|request subject"},
    {C::subject, L::nl, 1.0, "onderwerp|onderwerpregel|onderwerp van je verzoek|onderwerp van uw verzoek"},
    {C::subject, L::de, 1.0, "betreff|betreffzeile|betreff ihrer anfrage"},
    {C::subject, L::fr, 1.0, "objet|sujet|objet du message|objet de la demande"},
    {C::subject, L::es, 1.0, "asunto|asunto del mensaje"},
    {C::subject, L::it, 1.0, "oggetto|oggetto del messaggio"},
    {C::subject, L::pt, 1.0, "assunto|assunto da mensagem"},
    {C::subject, L::pl, 1.0, "temat|temat wiadomosci"},

    // --- #14 A rows: honeypots that say so, and fields for someone other than the person ------------
    // A decoy is never filled, whatever else its texts say (classify.cpp); "hp" only as its own word
    // ("hp_email", "hp-name"), as honeypot plugins name their traps.
    {C::decoy, L::any, 1.0,
     "hp|honeypot*|honey pot|hpot|bot trap|robot trap|spam trap|antispam field|nobots|no bots|bot field|botcheck|"
     "bot check field|fake field|trap field"},
    // Only phrases that speak of this very field: "leave blank if not applicable" is an optional field.
    {C::decoy, L::en, 1.0,
     "leave this empty|leave this field empty|leave this blank|leave this field blank|=leave blank|=leave empty|"
     "=do not fill|do not fill this|do not fill this in|do not fill this field|don t fill this|do not change this field|"
     "if you are human|if you are a human|humans leave|only for robots|should be left empty|must be left empty|"
     "keep this field empty"},
    {C::decoy, L::nl, 1.0, "laat dit veld leeg|dit veld leeg laten|=niet invullen|vul dit veld niet in|als je een mens bent|"
     "als u een mens bent"},
    {C::decoy, L::de, 1.0, "dieses feld leer lassen|dieses feld bitte leer lassen|=nicht ausfullen|dieses feld nicht ausfullen|"
     "wenn sie ein mensch sind"},
    {C::decoy, L::fr, 1.0, "laissez ce champ vide|laisser ce champ vide|=ne pas remplir|ne remplissez pas ce champ|si vous etes humain"},
    {C::decoy, L::es, 1.0, "deje este campo vacio|deja este campo vacio|deje este campo en blanco|=no rellenar|"
     "no rellene este campo|si eres humano"},
    {C::decoy, L::it, 1.0, "lascia questo campo vuoto|lasciare questo campo vuoto|=non compilare|non compilare questo campo|"
     "se sei umano"},
    {C::decoy, L::pt, 1.0, "deixe este campo vazio|deixe este campo em branco|=nao preencher|nao preencha este campo|"
     "se voce e humano"},
    {C::decoy, L::pl, 1.0, "pozostaw to pole puste|zostaw to pole puste|=nie wypelniaj|nie wypelniaj tego pola|"
     "jesli jestes czlowiekiem"},
    // Fields that ask about someone else only when the person is not the one shown.
    {C::third_party, L::en, 1.0,
     "not the person shown|not the person depicted|not the person in the|if you are not the|only if you are not|"
     "person you represent|person you are representing|person you are acting for|person you act for|"
     "person you are reporting for|on behalf of another person"},
    {C::third_party, L::nl, 1.0, "niet de persoon op|als je niet de persoon|als u niet de persoon|alleen als je niet|"
     "alleen als u niet|persoon die je vertegenwoordigt|persoon die u vertegenwoordigt|persoon namens wie"},
    {C::third_party, L::de, 1.0, "nicht die abgebildete person|wenn sie nicht die|nur wenn sie nicht|vertretene person|"
     "vertretenen person|person die sie vertreten"},
    {C::third_party, L::fr, 1.0, "pas la personne|si vous n etes pas|uniquement si vous n etes pas|personne representee|"
     "personne que vous representez"},
    {C::third_party, L::es, 1.0, "no es la persona|si no es la persona|solo si no es|si usted no es|si no eres|"
     "persona representada|persona a la que representa"},
    {C::third_party, L::it, 1.0, "non sei la persona|se non sei|solo se non sei|se lei non e|persona rappresentata|"
     "persona che rappresenti"},
    {C::third_party, L::pt, 1.0, "nao e a pessoa|se voce nao e|somente se voce nao|apenas se voce nao|pessoa representada|"
     "pessoa que voce representa"},
    {C::third_party, L::pl, 1.0, "nie jestes osoba|jesli nie jestes|jezeli nie jestes|tylko jesli nie jestes|"
     "osoby reprezentowanej|osoba reprezentowana|osoba ktora reprezentujesz"},
};

}  // namespace

std::span<const PatternRow> pattern_rows() noexcept { return rows; }

}  // namespace takedown::forms
