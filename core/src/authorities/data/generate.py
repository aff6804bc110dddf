#!/usr/bin/env python3
# Regenerates authorities.json: the DPA records from a datenanfragen/data checkout (CC0), the DSCs from
# shared/notes/legal-hard-cases.md section 4. Usage: generate.py [datenanfragen supervisory-authorities dir]
import glob, json, os, sys
SRC = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/datenanfragen/supervisory-authorities'
rec = {os.path.basename(f)[:-5]: json.load(open(f)) for f in glob.glob(SRC + '/*.json')}
# One authority per EU/EEA state plus the UK ICO (Germany: see the Länder below).
national = {
 'AT':'atdsb','BE':'beapd','BG':'bgcpdp','HR':'hrazop','CY':'cydp','CZ':'czcuooz','DK':'dkdi','EE':'eeaki',
 'FI':'fitst','FR':'frcnil','GR':'grdpa','HU':'hunaih','IE':'iedpc','IT':'itgpdp','LV':'lvdvi','LT':'ltada',
 'LU':'lucnpd','MT':'mtidpc','NL':'nlap','PL':'plgiodo','PT':'ptcnpd','RO':'roanspdcp','SK':'skunoou',
 'SI':'siiprs','ES':'esaepa','SE':'sedi','IS':'isdpa','LI':'lidss','NO':'nods','GB':'gbico'}
lands = {'BW':'debawueldb','BY':'debaylda','BE':'deberlbdi','BB':'debralda','HB':'debrelfdi','HH':'dehmbbfdi',
 'HE':'dehessbdi','MV':'demvldi','NI':'dendslfd','NW':'denrwldi','RP':'derlpbdi','SL':'desaarudz',
 'SN':'desaechsdsb','ST':'desalbd','SH':'deshuld','TH':'detlfdi'}
def entry(slug):
    r = rec[slug]
    e = {'name': r['name'], 'postal_address': r['address'].replace('\n', ', ')}
    if r.get('webform'): e['complaint_url'] = r['webform']
    elif r.get('web'): e['complaint_url'] = r['web']; e['complaint_url_is_website'] = True
    if r.get('email'): e['email'] = r['email']
    if r.get('phone'): e['phone'] = r['phone']
    e['confirmed'] = True
    e['source'] = 'datenanfragen:supervisory-authorities/' + slug + '.json'
    return e
dpas = []
for c in sorted(national):
    e = {'country': c}; e.update(entry(national[c])); dpas.append(e)
de = []
for l in sorted(lands):
    e = {'land': l}; e.update(entry(lands[l])); de.append(e)
UN = 'notes:legal-hard-cases.md#4 (unconfirmed)'
CL = 'https://digital-strategy.ec.europa.eu/en/policies/dsa-dscs'
def dsc(c, name, web=None, web_ok=True, url=None, src='notes:legal-hard-cases.md#4'):
    confirmed = name != '' and c not in ('EE', 'GR', 'MT')
    e = {'country': c, 'name': name}
    if web:
        e['website'] = web
        if not web_ok: e['website_confirmed'] = False
    e['complaint_url'] = url or CL
    e['confirmed'] = confirmed
    e['source'] = src if confirmed and web_ok else UN
    return e
dscs = [
 dsc('AT','KommAustria','https://rtr.at',False),
 dsc('BE','BIPT','https://bipt.be',True,'https://bipt.be/consumers/filing-a-complaint-against-online-platforms-or-search-engines'),
 dsc('BG','CRC','https://crc.bg',False),
 dsc('HR','HAKOM','https://hakom.hr',False),
 dsc('CY','Radiotelevision Authority','https://crta.org.cy',False),
 dsc('CZ','ČTÚ','https://ctu.cz',False),
 dsc('DK','KFST','https://kfst.dk',False),
 dsc('EE','TTJA',None,False),
 dsc('FI','Traficom','https://traficom.fi',False),
 dsc('FR','Arcom','https://arcom.fr',True),
 dsc('DE','Bundesnetzagentur (DSC)','https://dsc.bund.de',True,'https://www.dsc.bund.de/DSC/DE/1DSC/DSC/start.html'),
 dsc('GR','EETT',None,False),
 dsc('HU','NMHH','https://nmhh.hu',False),
 dsc('IE','Coimisiún na Meán','https://cnam.ie',False),
 dsc('IT','AGCOM','https://agcom.it',False),
 dsc('LV','',None,False),
 dsc('LT','RRT','https://www.rrt.lt',True,'https://www.rrt.lt/en/cra-is-preparing-to-become-the-national-coordinator-for-digital-services/'),
 dsc('LU','Autorité de la concurrence','https://concurrence.public.lu',False),
 dsc('MT','MCA',None,False),
 dsc('NL','Autoriteit Consument & Markt (ACM)','https://acm.nl',True,'https://www.consuwijzer.nl/veilig-online/zo-zorgen-we-samen-voor-betrouwbare-online-platforms'),
 dsc('PL','',None,False),
 dsc('PT','ANACOM','https://anacom.pt',True,'https://anacom.pt/render.jsp?categoryId=431223'),
 dsc('RO','ANCOM','https://ancom.ro',False),
 dsc('SK','Council for Media Services','https://rpms.sk',True),
 dsc('SI','AKOS','https://akos-rs.si',True,'https://akos-rs.si/en/digital-services/explore/for-government-authorities'),
 dsc('ES','CNMC','https://cnmc.es',False),
 dsc('SE','PTS','https://pts.se',False),
]
for d in dscs:
    if d['country']=='PT': d['email']='dsc@anacom.pt'
doc = {
 'about': 'Supervisory authorities (GDPR Art. 77) and Digital Services Coordinators (DSA Art. 53) by the country where the person lives.',
 'sources': {
   'datenanfragen': {'what': 'dpas and de_lands: name, postal address, complaint page, e-mail, phone, copied from datenanfragen/data supervisory-authorities records', 'url': 'https://github.com/datenanfragen/data', 'commit': '0a29c3d6feee53b02e73204a3dbd312eafe56629', 'licence': 'CC0-1.0'},
   'notes': {'what': 'dscs: the Commission list of Digital Services Coordinators as summarised in the legal notes; names are from that list (confirmed: false where the notes could not confirm the name); websites the notes mark unverified have website_confirmed: false', 'url': CL}},
 'dpas': dpas,
 'de_lands': de,
 'dscs': dscs,
}
json.dump(doc, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'authorities.json'),'w'), ensure_ascii=False, indent=1)
print(len(dpas), len(de), len(dscs))
