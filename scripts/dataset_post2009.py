"""Migration fora founded after 2009 (and two older inter-regional fora on IOM's lists that the
built-in dataset lacked), for Agora's built-in dataset.

Every fact comes from the research notes in data/sources/research/post2009-europe-asia.md,
post2009-africa-arab.md and post2009-americas-global.md, or from a page the stored-pages search
returned while this module was written; each row cites the page(s) it rests on.

A row or forum is "verified" only when at least one of its sources is primary by
data/source-domains.json (checked by running this file). Official sites whose host is not listed
there (pragueprocess.eu, khartoumprocess.net, procesodequito.org, caribbeanmigration.org, ...) do
not verify a row: see GAPS.

Defines FORA, MEMBERSHIPS, ORGANISATIONS, EXPECTED and GAPS. Importing has no side effects;
`python3 scripts/dataset_post2009.py` checks the data and prints a summary.
"""

# ------------------------------------------------------------------ how a source is classed
# A copy of the primary entries of data/source-domains.json that this module relies on; running the
# file checks every verification against the json itself.
_PRIMARY_HOSTS = (
    "iom.int", "unhcr.org", "ohchr.org", "icmpd.org", "eapmigrationpanel.org", "commission.ge",
    "esteri.it", "comesa.int", "au.int", "migrationnetwork.un.org",
)
_PRIMARY_SUFFIXES = ("int", "europa.eu", "un.org", "gov", "gob", "gouv")


def _host(url):
    rest = url.split("://", 1)[-1]
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].split(":", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host


def _under(host, entry):
    return host == entry or host.endswith("." + entry)


def _primary(url):
    host = _host(url)
    if any(_under(host, h) for h in _PRIMARY_HOSTS):
        return True
    head, _, cc = host.rpartition(".")
    return any(_under(host, s) or (len(cc) == 2 and cc.isalpha() and _under(head, s))
               for s in _PRIMARY_SUFFIXES)


def _verification(sources):
    return "verified" if any(_primary(s["url"]) for s in sources) else "unverified"


def _src(url, note=None):
    return {"url": url, "note": note}


def _alias(name, lang=None, note=None, start=None, end=None):
    return {"name": name, "lang": lang, "start_date": start, "end_date": end, "note": note}


def _forum(id, en, *, names=None, acronyms=(), aliases=(), category, category_note=None, parent=None,
           established, regions, topics=(), objectives=(), md="unknown", level=None, links=(),
           summary, participation=None, sources):
    return {
        "id": id,
        "names": {"en": en, **(names or {})},
        "acronyms": list(acronyms),
        "aliases": list(aliases),
        "categories": [{"category": category, "start_date": None, "end_date": None, "note": category_note}],
        "parent_id": parent,
        "established": established,
        "dissolved": None,
        "regions": list(regions),
        "themes": [],
        "topics": list(topics),
        "objectives": list(objectives),
        "md_status": md,
        "operational": None,
        "meeting_level": level,
        "links": [{"url": u, "note": None} for u in links],
        "summary": summary,
        "participation": participation,
        "sources": list(sources),
        "verification": _verification(sources),
        "last_checked": None,
    }


def _row(forum, mtype, mid, role, sources, start=None, end=None, note=None, year_suffix=False):
    rid = f"{forum}:{role}:{mid}"
    if year_suffix:
        rid += f":{start[:4]}"
    srcs = [s if isinstance(s, dict) else _src(s) for s in sources]
    return {
        "id": rid,
        "forum_id": forum,
        "member": {"type": mtype, "id": mid},
        "role": role,
        "start_date": start,
        "end_date": end,
        "note": note,
        "sources": srcs,
        "verification": _verification(srcs),
        "last_checked": None,
    }


def _area(forum, code, role, sources, **kw):
    return _row(forum, "area", code, role, sources, **kw)


def _org(forum, oid, role, sources, **kw):
    return _row(forum, "organisation", oid, role, sources, **kw)


def _fm(forum, fid, role, sources, **kw):
    return _row(forum, "forum", fid, role, sources, **kw)


# ------------------------------------------------------------------ sources
# Prague Process
PP_STATES = "https://www.pragueprocess.eu/en/about/states-partners"
PP_STRUCT = "https://www.pragueprocess.eu/en/about/structure"
PP_DECL = "https://www.pragueprocess.eu/en/about/resources/66-joint-declaration-building-migration-partnerships"
PP_MINCONF = "https://www.pragueprocess.eu/en/about/ministerial-conferences"
PP_NCP = ("https://www.pragueprocess.eu/en/news-events/news/222-national-contact-points-meeting-on-knowledge-base-"
          "took-place-in-sofia-on-11-12-of-february-2016")
PP_IOM = "https://www.iom.int/prague-process-0"
PP_ICMPD = "http://www.icmpd.org/Prague-Process-BMP.1557.0.html"
PP_MVCR = "https://www.mvcr.cz/mvcren/article/ministerial-conference-building-migration-partnerships-on-line-news.aspx"
PP_FACTSHEET = "https://fdocuments.net/document/prague-process-factsheet-en-the-prague-process-financially-on-an-ad-hoc-basis.html"
PP_THEMES = "https://docslib.org/doc/783040/prague-process-targeted-initiative-thematic-areas"

# Almaty Process
AP_IOM = "https://www.iom.int/almaty-process-refugee-protection-and-international-migration"
AP_IOM_OLD = "https://www.iom.int/almaty-process"
AP_UNHCR = "https://www.unhcr.org/centralasia/en/almaty-process"
AP_UNHCR_FAQ = "https://www.unhcr.org/centralasia/en/almaty-process-faq"
AP_UNHCR_ABOUT = ("https://webarchive.archive.unhcr.org/20200123220836mp_/https://www.unhcr.org/centralasia/en/"
                  "about-almaty-process")
AP_UNHCR_KZ_2016 = "https://webarchive.archive.unhcr.org/20161003085008mp_/http://www.unhcr.kz/eng/almatyprocess"
AP_UNHCR_DEV = ("https://webarchive.archive.unhcr.org/20190218100544mp_/https://www.unhcr.kz/eng/almatyprocess/"
                "development")
AP_IOM_NEWS_2013 = "https://iom.int/news/ministerial-conference-refugee-protection-and-international-migration-almaty-process"
AP_IOM_BAKU_2025 = ("https://eca.iom.int/news/iom-reinforces-commitment-almaty-process-and-welcomes-baku-declaration-"
                    "enhanced-migration-cooperation")
AP_AZVISION = ("https://de.azvision.az/news/128457/vorsitz-des-almaty-prozesses-ist-von-aserbaidschan-auf-kasachstan-"
               "%C3%BCbergegangen.html")

# Eastern Partnership Panel
EAP_IOM = "https://www.iom.int/eastern-partnership-panel-migration-mobility-and-integrated-border-management"
EAP_ABOUT_US = "https://eapmigrationpanel.org/en/about-us"
EAP_ABOUT_PANEL = "http://eapmigrationpanel.org/en/about-panel"
EAP_GE = "https://commission.ge/index.php?article_id=51&clang=1"
EAP_EC = ("http://ec.europa.eu/dgs/home-affairs/what-we-do/policies/international-affairs/eastern-partnership/"
          "index_en.htm")
EAP_EU4AZ = "https://eu4azerbaijan.eu/projects/eu-project-page/?id=602"
IOM_RCPS = "https://www.iom.int/rcps-region"

# MIDCOM
MC_IOM = "https://www.iom.int/migration-dialogue-comesa-member-states-midcom-formerly-comesa-rcp"
MC_LAUNCH = "https://vdocuments.mx/common-and-sou-meeting-o-regional-c-lusakaza-26th-to-27t-.html"
MC_GLOBAL_RCP = "https://documents.pub/document/comesa-presentation-to-the-2015-global-rcp-meeting.html"
MC_IOM_NEWS_2017 = "https://www.iom.int/news/un-migration-agency-supports-comesa-host-regional-consultative-process-member-states"

# Khartoum Process
KP_ACTORS = "https://www.khartoumprocess.net/about/actors-and-governance"
KP_HOME = "https://khartoumprocess.net"
KP_10Y = "https://khartoumprocess.net/news/10-years-of-the-khartoum-process"
KP_TRAFFICKING = "https://www.khartoumprocess.net/about/tackling-human-trafficking-and-people-smuggling"
KP_ESTERI = ("https://www.esteri.it/en/sala_stampa/archivionotizie/approfondimenti/2014/11/"
             "20141125_conf_migrazioni-3/")
KP_IOM = "http://www.iom.int/eu-horn-africa-migration-route-initiative-khartoum-process"
KP_IOM_BLOG = "https://weblog.iom.int/khartoum-process-eu-au-cooperate-combat-human-trafficking-horn-africa"
KP_LUA = "https://luaediciones.com/informeUE2015/english/files/assets/basic-html/page-92.html"
KP_TOGO = "https://www.togopressgazette.com/ethiopia-takes-over-as-chair-of-khartoum-process-on-africa-eu-migration/"
IOM_IRFS = "https://www.iom.int/inter-regional-forums-migration"

# ARCP
AR_IOM = "https://iom.int/arab-regional-consultative-process-migration-and-refugee-affairs-arcp"
AR_IOM_WWW = "https://www.iom.int/arab-regional-consultative-process-migration-and-refugee-affairs-arcp"
AR_IOM_OLD = "https://www.iom.int/arab-regional-consultative-process"
AR_IOM_LAUNCH = "https://iom.int/news/iom-arab-league-host-5th-global-meeting-regional-consultative-processes-migration"
AR_LAS_2022 = "http://www.leagueofarabstates.net/en/news/Pages/NewsDetails.aspx?RID=2246"
AR_LAS_2024 = "http://lasportal.org/en/news/Pages/NewsDetails.aspx?RID=2792"
AR_UNHCR = "https://www.unhcr.org/eg/what-we-do/las-cooperation/gcr-crrf"

# MIDCAS
MS_IOM = "https://www.iom.int/migration-dialogue-central-african-states-midcas"
MS_IOM_NEWS_2013 = ("https://www.iom.int/news/roll-out-mission-migration-dialogue-central-african-states-midcas-"
                    "initiative-republic-chad-17-19-november-2013")
MS_DRAFT = "https://docsbay.net/doc/909262/common-market-for-eastern-and-southern-africa-rcp-for-webpage"
MS_DRAFT_COPY = "https://info.5y1.org/central-african-region_1_0de4ad.html"
MS_XINHUA = "http://afran.ir/francais/modules/news/article.php?storyid=4327"

# Caribbean Migration Consultations
CMC_IOM = "https://www.iom.int/caribbean-migration-consultations-cmc"
CMC_PORTAL = "https://caribbeanmigration.org/"
CMC_WHAT = "https://caribbeanmigration.org/what-cmc"
CMC_ROSJ = "https://rosanjose.iom.int/SITE/en/caribbean-migration-consultations"

# Quito Process
QP_HOME = "https://www.procesodequito.org/en"
QP_MEMBERS = "https://www.procesodequito.org/en/member-states"
QP_TIMELINE = "https://www.procesodequito.org/en/timeline"
QP_QUE = "https://procesodequito.org/es/que-hacemos"
QP_PQ = "https://www.procesodequito.org/en/quito-process-presents-portfolio-cooperation-projects-group-friends"
QP_IOM = "https://iom.int/international-technical-meeting-human-mobility-venezuelan-citizens-region-quito-process"
QP_ALERTAS = "https://alertas.directoriolegislativo.org/?post_type=noticia&n=69147"
QP_WIKI = "https://en.wikipedia.org/wiki/Quito_Process"

# IMRF
IM_GCM49 = "https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?file=1587370301487dgy07rb4bk.pdf&page=35"
IM_PROGRESS = "https://ft.dk/samling/20211/almdel/UUI/bilag/97/2577508/index.htm"
IM_IOM_LAC = ("https://lac.iom.int/en/blogs/after-4-years-how-much-progress-has-been-made-implementation-global-"
              "compact-migration")
IM_BNNRC = "https://bnnrc.net/international-migration-review-forum-2022/"
IM_CMS = "https://cmsny.org/imrf-summary-2022/"

# UN Network on Migration
UN_ABOUT = "https://migrationnetwork.un.org/about"
UN_EXCO = "https://migrationnetwork.un.org/executive-committee"
UN_BRIEFING = "https://migrationnetwork.un.org/statements/coordinators-briefing-19-october-2020"
UN_PRINCIPALS = "https://reliefweb.int/report/world/statement-principals-executive-committee-united-nations-network-migration"
UN_SG = "https://press.un.org/en/2018/sgsm19400.doc.htm"
UN_GCM45 = "https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?page=34"
UN_FAO = "https://www.fao.org/policy-support/mechanisms/mechanisms-details/en/c/453804/"
UN_DESA_PD = "https://www.un.org/development/desa/pd/content/international-migration-1"

# Pan-African Forum on Migration
PA_IOM = "https://www.iom.int/pan-african-forum-migration-pafom"
PA_IOM_OLD = "https://www.iom.int/pan-african-forum-migration"
PA_AU_2019 = "https://au.int/es/node/37316?qt-qt_documents_dp=1"
PA_AU_2018 = "https://au.int/ar/node/35344"
PA_RELIEFWEB = "https://reliefweb.int/report/world/strengthening-migration-data-research-center-pafom-discussions"
IOM_EMM_IRF = ("https://emm.iom.int/index.php/handbooks/inter-state-policy-dialogue-migration/"
               "interregional-forums-migration-irf")

# EU-CELAC dialogue on migration
EC_IOM = ("https://www.iom.int/european-union-latin-america-and-caribbean-structured-and-comprehensive-bi-regional-"
          "dialogue-migration-eu-celac-md")
EC_EUROPEAID = "https://ec.europa.eu/europeaid/regions/latin-america/eu-celac_en"
EC_GLOSSARY = ("https://home-affairs.ec.europa.eu/networks/european-migration-network-emn/emn-asylum-and-migration-"
               "glossary/glossary/eu-lac-structured-dialogue-migration_en")


# ------------------------------------------------------------------ organisations
# Only those not yet in the dataset. id: (English name, acronyms, kind, website, other names)
ORGANISATIONS = {
    "ohchr": ("Office of the United Nations High Commissioner for Human Rights", ["OHCHR"], "un",
              "https://www.ohchr.org", {}),
    "un-desa": ("United Nations Department of Economic and Social Affairs", ["UN DESA", "DESA"], "un",
                "https://www.un.org/development/desa/", {}),
}


# ------------------------------------------------------------------ fora
FORA = [
    _forum(
        "prague-process", "Prague Process",
        acronyms=["PP"],
        aliases=[_alias("Building Migration Partnerships", "en",
                        "name of the 2009 initiative and of its founding Joint Declaration (BMP)")],
        category="rcp", category_note="Listed by IOM among the RCPs (Europe)",
        established="2009-04-28", regions=[150, 143, 145],
        topics=["preventing and fighting illegal migration", "integration of legally residing migrants",
                "readmission, voluntary return and sustainable reintegration", "migration, mobility and development",
                "legal migration with a special emphasis on labour migration", "asylum and international protection"],
        objectives=["strengthen cooperation in migration management",
                    "explore and develop agreed principles and elements for close migration partnerships between the participating countries"],
        md="priority", level="mixed", links=["https://www.pragueprocess.eu"],
        summary=("A targeted migration dialogue and policy process that promotes migration partnerships among the states "
                 "of the European Union and Schengen area, the Eastern Partnership, the Western Balkans, Central Asia, "
                 "Russia and Türkiye. It grew out of the 'Building Migration Partnerships' ministerial conference held in "
                 "Prague in April 2009, whose Joint Declaration set its principles and areas of cooperation. It works "
                 "through ministerial conferences, senior officials' meetings and a network of national contact points; "
                 "since 2017 a Strategic Group of states and the European Commission leads it, with ICMPD as secretariat."),
        sources=[
            _src(PP_IOM, "IOM profile: established 2009; objectives; secretariat run by ICMPD"),
            _src(PP_ICMPD, "Joint Declaration endorsed by 49 states in April 2009; Belarus joined December 2010"),
            _src(PP_MVCR, "Czech Ministry of the Interior: ministerial conference, Prague, 27-28 April 2009"),
            _src(PP_FACTSHEET, "Joint Declaration adopted on 28 April 2009"),
            _src(PP_DECL, "Joint Declaration 'Building Migration Partnerships'; purpose"),
            _src(PP_STATES, "participating states; leadership; Strategic Group"),
            _src(PP_STRUCT, "management structure; ICMPD as secretariat"),
            _src(PP_MINCONF, "ministerial conferences"),
            _src(PP_THEMES, "the six thematic areas"),
            _src(PP_NCP, "acronym PP"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "almaty-process", "Almaty Process",
        aliases=[_alias("Almaty Process on Refugee Protection and International Migration", "en", "formal name"),
                 _alias("Almaty Process on Refugee Protection & International Migration", "en")],
        category="rcp", category_note="IOM: regional consultative process on migration (region: Eurasia)",
        established="2013-06-05", regions=[143, 145, 34],
        topics=["asylum", "combatting human trafficking", "human mobility", "human rights of migrants",
                "irregular migration", "migrant integration", "migrant vulnerabilities", "migration management",
                "migration policy and governance", "migration trends / drivers of migration",
                "refugees and protection", "mixed migration"],
        objectives=["promote dialogue on international migration and refugee protection",
                    "promote a coherent, integrated and differentiated policy on people on the move",
                    "develop mechanisms for monitoring and resolving issues related to irregular migration",
                    "enhance regional cooperation and coordination on mixed migration"],
        md="unknown", level="mixed",
        summary=("A regional consultative process on refugee protection and international migration to, from and within "
                 "Central Asia, through which its member and observer states seek joint responses to mixed migration. "
                 "It grew out of the Almaty Declaration of March 2011 and was launched at a ministerial conference in "
                 "Almaty on 5 June 2013. It meets in technical expert meetings, senior officials' meetings and "
                 "ministerial conferences; the chair rotates among the participating states for two-year terms, the "
                 "chairing government acts as secretariat, and IOM and UNHCR serve as its Support Unit."),
        sources=[
            _src(AP_IOM, "IOM profile: established 2013; members, observers, founding members; chairs; support unit"),
            _src(AP_IOM_OLD, "older IOM profile: formal name; established 2013"),
            _src(AP_UNHCR_DEV, "Almaty Declaration of March 2011; operationalised in 2013"),
            _src(AP_UNHCR_KZ_2016, "Kazakhstan elected first Chair at the Ministerial Conference of 5 June 2013"),
            _src(AP_IOM_NEWS_2013, "launch of the RCP at the Almaty Ministerial Conference, 5 June 2013"),
            _src(AP_UNHCR, "meeting formats; IOM and UNHCR support"),
            _src(AP_UNHCR_ABOUT, "purpose"),
            _src(AP_UNHCR_FAQ, "Almaty Declaration 2011, operationalised 2013"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "eap-panel", "Eastern Partnership Panel on Migration and Asylum",
        acronyms=["EaPPMA"],
        aliases=[_alias("EaP Panel on Migration and Asylum", "en"),
                 _alias("Eastern Partnership (EaP) Panel on Migration and Asylum (former Söderköping Process)", "en",
                        "name on IOM's list of RCPs"),
                 _alias("Eastern Partnership Panel on Migration, Mobility and Integrated Border Management", "en",
                        "name since its reorganisation after the Eastern Partnership Summit of November 2017",
                        start="2017-11"),
                 _alias("Panel on Migration, Mobility and IBM", "en", "short form used by the Panel's site",
                        start="2017-11")],
        category="rcp", category_note="Listed by IOM among the RCPs (Europe) as the former Söderköping Process",
        established="2011-12-09", regions=[150, 145],
        topics=["migration and asylum", "visa facilitation and liberalization dialogues", "readmission",
                "integrated border management", "mobility partnerships"],
        objectives=["provide a forum where all migration and asylum related aspects can be openly discussed amongst the Eastern partners and between them and the EU",
                    "support progress on visa facilitation and liberalization dialogues, readmission, IBM and Mobility Partnerships"],
        md="unknown", links=["https://eapmigrationpanel.org"],
        summary=("A multilateral panel of the Eastern Partnership in which the EU institutions, interested EU member "
                 "states and the six Eastern partner countries discuss cooperation on migration and asylum. It succeeded "
                 "the Söderköping Process (2001-2011), whose participating states folded it into the Eastern Partnership: "
                 "the transition took place at the Söderköping High Level Meeting of 8 December 2011 and the Panel's first "
                 "meeting on 9 December 2011. The European Commission manages it with IOM's assistance, and its meetings "
                 "are usually chaired by a tandem of one EU member state and one Eastern partner. After the Eastern "
                 "Partnership Summit of November 2017 it was reorganised as the Panel on Migration, Mobility and "
                 "Integrated Border Management."),
        sources=[
            _src(EAP_IOM, "IOM profile: successor of the Söderköping Process; transition on 8-9 December 2011; 2017 reorganisation"),
            _src(EAP_GE, "Georgian State Commission on Migration Issues: first Panel meeting 9 December 2011"),
            _src(EAP_ABOUT_PANEL, "launched in 2011; EU institutions, interested member states and the 6 EaP partner countries"),
            _src(EAP_ABOUT_US, "succeeded by the Panel on Migration, Mobility and IBM after the November 2017 Summit"),
            _src(EAP_EC, "European Commission: purpose; managed by the Commission with the Swedish Migration Board and IOM"),
            _src(EAP_EU4AZ, "IOM implements the EU support project; tandem chairing"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "midcom", "Migration Dialogue for COMESA Member States",
        acronyms=["MIDCOM"],
        aliases=[_alias("Migration Dialogue from the Common Market for Eastern and Southern Africa Member States", "en",
                        "name used by IOM"),
                 _alias("COMESA Regional Consultative Process on Migration", "en", "former name"),
                 _alias("COMESA-RCP", None, "former name"),
                 _alias("Migration Dialogue COMESA", "en")],
        category="rcp", category_note="Formally associated with COMESA",
        parent="comesa", established="2013-09", regions=[14, 15, 17, 18],
        topics=["migration, trade and development", "irregular migration", "migration profiles",
                "migration and health", "capacity building in migration management", "forced migration",
                "labour migration", "data collection",
                "implementation of the COMESA Protocols on Free Movement of Persons, Services, Labour, Rights of Establishment and Residence"],
        objectives=["provide a platform for informal and non-binding dialogue on migration management",
                    "improve the capacity of governments to better manage migration",
                    "harmonized data collection systems", "harmonized immigration policy and legislation"],
        md="priority",
        summary=("The regional consultative process on migration of the Common Market for Eastern and Southern Africa "
                 "(COMESA), formerly called the COMESA RCP, formed as a migration pillar of COMESA. It gives COMESA "
                 "member states an informal, non-binding dialogue on migration management, aiming at harmonised data "
                 "collection and harmonised immigration policy and legislation. COMESA ministers responsible for "
                 "immigration decided to set it up in 2011, the COMESA Council of Ministers endorsed it in 2012, and it "
                 "was launched in Lusaka in September 2013; the COMESA Secretariat runs it with IOM's support."),
        sources=[
            _src(MC_IOM, "IOM profile: established 2013; member states; objective; thematic focus; secretariat"),
            _src(MC_LAUNCH, "report of the launch meeting, Lusaka, 26-27 September 2013"),
            _src(MC_GLOBAL_RCP, "2011 decision of COMESA ministers; 2012 endorsement by the Council of Ministers"),
            _src(MC_IOM_NEWS_2017, "IOM and the COMESA Secretariat organise MIDCOM meetings (July 2017)"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "khartoum-process", "Khartoum Process",
        acronyms=["KP", "HoAMRI"],
        aliases=[_alias("EU-Horn of Africa Migration Route Initiative", "en", "formal name"),
                 _alias("EU/Horn of Africa Migration Route Initiative", "en")],
        category="interregional_forum", category_note="Listed by IOM among the inter-regional forums (Africa - Europe)",
        established="2014-11-28", regions=[150, 14, 15],
        topics=["human trafficking", "people smuggling", "migration and mobility"],
        objectives=["establish a continuous dialogue for enhanced cooperation on migration and mobility"],
        md="unknown", level="mixed", links=["https://khartoumprocess.net"],
        summary=("The EU-Horn of Africa Migration Route Initiative, a platform for political cooperation among the "
                 "countries along the migration route between the Horn of Africa and Europe, aimed at a continuous "
                 "dialogue on migration and mobility with a focus on human trafficking and people smuggling. It was "
                 "launched at a ministerial conference in Rome on 28 November 2014 with the adoption of the Rome "
                 "Declaration. A Steering Committee of selected states, the European Commission, the EEAS and the "
                 "African Union Commission guides it; the AU Commission and the European Commission run its "
                 "secretariat with ICMPD's support, and the chair rotates among its members."),
        sources=[
            _src(KP_ESTERI, "Italian MFA: launch at the ministerial conference in Rome on 28 November 2014; participants"),
            _src(KP_IOM, "IOM profile: established 2014"),
            _src(KP_ACTORS, "signatories of the Rome Declaration and later members; Steering Committee; secretariat; chairs"),
            _src(KP_HOME, "purpose"),
            _src(KP_10Y, "Rome Declaration adopted on 28 November; name EU/Horn of Africa Migration Route Initiative"),
            _src(KP_TRAFFICKING, "Rome Declaration adopted on 28 November 2014"),
            _src(KP_LUA, "officially launched in Rome on 28 November 2014"),
            _src(KP_IOM_BLOG, "acronym HoAMRI"),
            _src(IOM_IRFS, "on IOM's list of inter-regional forums"),
        ],
    ),
    _forum(
        "arcp", "Arab Regional Consultative Process on Migration and Refugee Affairs",
        acronyms=["ARCP"],
        aliases=[_alias("Arab Regional Consultative Process on Migration and Refugees Affairs", "en",
                        "name on IOM's list of RCPs"),
                 _alias("Arab Regional Consultation Process on Migration and Asylum", "en",
                        "English name used by the League of Arab States (2024)")],
        category="rcp", category_note="Formally associated with the League of Arab States",
        parent="las", established="2015-10", regions=[145, 15, 14, 11],
        topics=["migration and development", "migration management", "migration policies", "brain drain",
                "mixed migration", "irregular migration", "asylum, displacement and forced migration",
                "migrants rights", "integration of migrants", "remittances of migrants",
                "capacity building of governments' officials in the field of migration", "migration data provision"],
        objectives=["strengthen cooperation between the participating countries",
                    "a more profound understanding of migration and refugee issues in the Arab region",
                    "a common understanding about the causes, dimensions, patterns and effects of migration in the Arab region",
                    "help governments participate with a unified vision in global events related to migration and refugee affairs"],
        md="priority",
        summary=("The Arab regional consultative process on migration and refugee affairs, hosted by the League of Arab "
                 "States, whose General Secretariat is both its secretariat and its permanent chair. It brings the Arab "
                 "states together to discuss international migration, build a common understanding of its causes and "
                 "effects in the region and help governments take a unified position in global migration events; "
                 "other states, organisations and experts may be invited to its meetings. It was officially launched at "
                 "the Fifth Global RCP Meeting at the League's headquarters in Cairo in October 2015."),
        sources=[
            _src(AR_IOM, "IOM profile: established 2015; 22 member states; objectives; thematic focus; LAS permanent chair"),
            _src(AR_IOM_WWW, "IOM profile (later version): LAS is secretariat and leads the work"),
            _src(AR_IOM_OLD, "older IOM profile"),
            _src(AR_IOM_LAUNCH, "official launch at the Fifth Global RCP Meeting, Cairo, 21-22 October 2015"),
            _src(AR_LAS_2022, "League of Arab States: the ARCP's role"),
            _src(AR_LAS_2024, "League of Arab States: English name variant"),
            _src(AR_UNHCR, "extraordinary ARCP meetings; LAS as secretariat"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "cmc", "Caribbean Migration Consultations",
        acronyms=["CMC"],
        category="rcp", category_note="IOM: regional consultative process on migration (Caribbean and Central America)",
        established="2016-01", regions=[29],
        topics=["border management", "climate change", "diaspora", "emergency preparedness and response",
                "labour migration", "migrant smuggling", "migration data", "migration and development",
                "migration and health", "counter-trafficking", "refugee protection"],
        objectives=["a non-binding forum for member countries to discuss migration openly and coordinate regional efforts for the effective management of migration",
                    "coordinate and promote information exchange between member states, with emphasis on good practices in migration governance",
                    "develop policies with a rights-based approach for comprehensive migration governance in the region"],
        md="priority", links=["https://caribbeanmigration.org/"],
        summary=("A non-binding regional consultative forum in which Caribbean states and overseas territories discuss "
                 "migration and coordinate regional efforts to manage it. It arose from a preparatory meeting of eight "
                 "Caribbean governments hosted by Belize with IOM and UNHCR support in January 2016; its first "
                 "technical workshop took place in Port of Spain in December 2016. No formal membership procedures and "
                 "no secretariat have been established: IOM and UNHCR support it, and IOM runs its online portal."),
        sources=[
            _src(CMC_IOM, "IOM profile: established 2016; participants, founding participants, observers; objectives; thematic focus"),
            _src(CMC_ROSJ, "preparatory meeting in Belize, January 2016; first technical workshop, Port of Spain, 5-8 December 2016"),
            _src(CMC_WHAT, "officially launched in January 2016; the eight founding countries and territories"),
            _src(CMC_PORTAL, "IOM's portal for the CMC"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "quito-process", "Quito Process",
        names={"es": "Proceso de Quito"},
        acronyms=["PQ"],
        aliases=[_alias("International Technical Meeting on Human Mobility of Venezuelan Citizens in the Region", "en",
                        "name under which IOM files its profile")],
        category="rcp", category_note="IOM: regional consultative process on migration (Americas)",
        established="2018-09", regions=[419],
        topics=["human mobility of Venezuelan citizens in the region", "family reunification",
                "impact of COVID-19 on the Venezuelan refugee and migrant population"],
        objectives=["exchange of information and good practices",
                    "articulate a regional coordination to respond to the crisis of Venezuelan refugees and migrants in the region"],
        md="unknown", level="technical", links=["https://www.procesodequito.org/en"],
        summary=("A regional technical forum of Latin American and Caribbean states on the human mobility of Venezuelan "
                 "refugees and migrants. It began on Ecuador's initiative at a meeting of 13 countries in Quito on 3-4 "
                 "September 2018, where eleven of them signed the non-binding Quito Declaration. Its members exchange "
                 "information and good practices and coordinate their response through successive joint declarations "
                 "under a rotating pro tempore chair; since 2020 a Technical Secretariat coordinated by IOM and UNHCR "
                 "and a Group of Friends support it."),
        sources=[
            _src(QP_IOM, "IOM profile: established 2018; RCP (Americas); objectives; chairs"),
            _src(QP_QUE, "first meeting, Quito, 3-4 September 2018; the eleven signatories of the Quito Declaration"),
            _src(QP_HOME, "technical forum; 13 member countries (2022)"),
            _src(QP_MEMBERS, "Technical Secretariat coordinated by IOM and UNHCR; Group of Friends"),
            _src(QP_TIMELINE, "Sixth Joint Declaration: Technical Secretariat and Group of Friends formally constituted"),
            _src(QP_PQ, "acronym PQ"),
            _src(QP_ALERTAS, "first meeting 3-4 September 2018; the eleven governments"),
        ],
    ),
    _forum(
        "midcas", "Migration Dialogue for Central African States",
        names={"fr": "Dialogue sur la migration pour les Etats de l'Afrique centrale"},
        acronyms=["MIDCAS", "DIMAC"],
        aliases=[_alias("Initiative on Migration Dialogue for the ECCAS Member States", "en",
                        "as the 2012 founding agreement names it")],
        category="rcp", category_note="Formally associated with ECCAS",
        parent="eccas", established="2012", regions=[17],
        topics=["assisted voluntary return and reintegration", "combatting human trafficking",
                "combatting migrant smuggling", "irregular migration and mixed migration flows",
                "labour migration, ethical recruitment, brain drain", "migrant integration",
                "migration and development", "migration and environment", "migration and security",
                "migration and trade", "migration data and research", "migration health",
                "protection of migrants' rights"],
        objectives=["develop a common position on migration among ECCAS Member States",
                    "promote experience and information sharing",
                    "identify priority issues on technical cooperation, capacity building and data collection"],
        md="priority",
        summary=("The regional consultative process on migration of the Economic Community of Central African States "
                 "(ECCAS), meant to give ECCAS member states a common position on migration, to share experience and "
                 "information, and to identify priorities for technical cooperation, capacity building and data "
                 "collection. It was agreed at a first meeting in Brazzaville in 2012, formally endorsed in 2014 and "
                 "adopted by ECCAS in 2015; it has no formal chair, and the ECCAS Secretariat acts as its interim "
                 "secretariat. IOM reports that it has been dormant and inactive since 2016."),
        sources=[
            _src(MS_IOM, "IOM profile: established 2012, endorsed 2014, adopted by ECCAS 2015; dormant since 2016; objectives; thematic focus; interim secretariat"),
            _src(MS_IOM_NEWS_2013, "first meeting in Brazzaville, 2012; Agreement on the Initiative and Temporary Secretariat"),
            _src(MS_DRAFT, "draft IOM profile: 10 members"),
            _src(MS_XINHUA, "Xinhua (French): Brazzaville meeting of 16-17 February 2012; French name and acronym DIMAC"),
            _src(IOM_RCPS, "on IOM's list of RCPs"),
        ],
    ),
    _forum(
        "imrf", "International Migration Review Forum",
        acronyms=["IMRF"],
        category="global_process",
        established="2018-12-19", regions=[1],
        topics=["implementation of the Global Compact for Safe, Orderly and Regular Migration"],
        objectives=["serve as the primary intergovernmental global platform for Member States to discuss and share progress on the implementation of all aspects of the Global Compact"],
        md="unknown",
        summary=("The primary intergovernmental global platform on which UN Member States discuss and share progress on "
                 "implementing the Global Compact for Safe, Orderly and Regular Migration, with the participation of "
                 "other stakeholders. The Global Compact, endorsed by the General Assembly on 19 December 2018, "
                 "repurposed and renamed the High-level Dialogue on International Migration and Development as this "
                 "forum, which meets every four years under the auspices of the General Assembly from 2022. The first "
                 "Forum met at UN Headquarters in New York on 17-20 May 2022 and produced a Progress Declaration."),
        participation=("Open to all Member States of the United Nations and all members of specialized agencies that "
                       "have observer status with the General Assembly."),
        sources=[
            _src(IM_GCM49, "Global Compact (A/RES/73/195) para. 49: renamed IMRF, every four years from 2022, purpose"),
            _src(IM_PROGRESS, "Progress Declaration: GA resolution 73/195 of 19 December 2018; first Forum 17-20 May 2022"),
            _src(IM_IOM_LAC, "IOM: Progress Declaration adopted by the General Assembly on 7 June 2022"),
            _src(IM_BNNRC, "open to all UN Member States and members of specialized agencies with GA observer status"),
            _src(IM_CMS, "name and acronym"),
        ],
    ),
    _forum(
        "un-network-on-migration", "United Nations Network on Migration",
        aliases=[_alias("UN Network on Migration", "en")],
        category="migration_body", category_note="Inter-agency network of UN system entities",
        established="2018-05-23", regions=[1],
        topics=["implementation, follow-up and review of the Global Compact for Safe, Orderly and Regular Migration",
                "capacity-building mechanism"],
        objectives=["ensure effective, timely, coordinated UN system-wide support to Member States in their implementation, follow-up and review of the GCM",
                    "support coherent action by the UN system at country, regional and global levels",
                    "act as a source of ideas, tools, reliable data and information, analysis, and policy guidance on migration issues"],
        md="unknown", links=["https://migrationnetwork.un.org"],
        summary=("The UN system's network for coordinated support to Member States in implementing, following up and "
                 "reviewing the Global Compact for Safe, Orderly and Regular Migration. It was set up by a decision of "
                 "the Secretary-General's Executive Committee of 23 May 2018, announced by the Secretary-General in "
                 "Marrakech in December 2018, and replaced the Global Migration Group. IOM is its coordinator and "
                 "secretariat; an Executive Committee of UN entities sets its strategic priorities and annual work plan."),
        sources=[
            _src(UN_ABOUT, "Network's site: Executive Committee decision of 23 May 2018; objectives"),
            _src(UN_EXCO, "Network's site: role of the Executive Committee"),
            _src(UN_SG, "UN press release: the Secretary-General announces the Network in Marrakech"),
            _src(UN_GCM45, "Global Compact para. 45: IOM is coordinator and secretariat"),
            _src(UN_FAO, "replaced the Global Migration Group in 2018"),
        ],
    ),
    _forum(
        "pafom", "Pan-African Forum on Migration",
        acronyms=["PAFOM", "PAFoM"],
        aliases=[_alias("Intra-Regional Forum on Migration in Africa", "en", "former name")],
        category="interregional_forum", category_note="IOM: interregional forum on migration (Africa continent-wide)",
        parent="au", established="2015", regions=[2],
        topics=["intra-regional migration and human mobility", "free movement of persons", "integrated border management",
                "visa issuance regimes", "migration data and research"],
        objectives=["promote and deepen inter-state dialogue and intra/inter-regional cooperation on migration",
                    "enhance capacities of the Africa regional frameworks on migration",
                    "let the RCPs in Africa share progress in implementing the Migration Policy Framework for Africa"],
        md="unknown", level="mixed",
        summary=("A continental consultative process on migration and human mobility in Africa, associated with the "
                 "African Union, that brings together the AU member states, the AU regional economic communities, the "
                 "regional consultative processes in Africa, UN agencies and other intergovernmental organisations. It "
                 "lets the regional processes report on implementing the Migration Policy Framework for Africa and "
                 "reviews free movement and visa regimes across the continent. Each forum is hosted by a member state "
                 "with the AU Commission and IOM, with senior officials' and ministerial sessions."),
        participation=("All African Union Member States, the AU regional economic communities, the RCPs in Africa, UN "
                       "agencies and intergovernmental organisations (IOM); no separate list of members is kept."),
        sources=[
            _src(PA_IOM, "IOM profile: interregional forum; associated with the AU; established 2015; who takes part"),
            _src(PA_IOM_OLD, "older IOM profile: objectives; former name"),
            _src(PA_AU_2019, "AU: PAFOM V ministerial session, Cairo, September 2019, organised by the AU Commission with IOM and ECA"),
            _src(PA_AU_2018, "AU: PAFOM IV, Djibouti, November 2018"),
            _src(PA_RELIEFWEB, "PAFOM V: senior officials' meeting followed by a ministerial meeting"),
            _src(IOM_EMM_IRF, "named by IOM among the inter-regional forums"),
        ],
    ),
    _forum(
        "eu-celac-migration-dialogue", "EU-CELAC Structured and Comprehensive Bi-regional Dialogue on Migration",
        names={"es": "Diálogo estructurado UE-ALC sobre migración",
               "fr": "Dialogue structuré sur les migrations entre l'UE et les pays d'Amérique latine et des Caraïbes (ALC)",
               "de": "Strukturierter Dialog über Migrationsfragen zwischen der EU und den Ländern Lateinamerikas und der Karibik",
               "it": "Dialogo strutturato UE-ALC sulla migrazione"},
        acronyms=["EU-CELAC MD"],
        aliases=[_alias("EU-LAC Structured Dialogue on Migration", "en"),
                 _alias("EU-LAC Structured and Comprehensive Dialogue on Migration", "en")],
        category="interregional_forum",
        category_note="IOM: inter-regional forum on migration (Europe - Latin America - Caribbean)",
        parent="eu-lac-summit", established="2009-06-30", regions=[150, 419],
        topics=["border management and combating document fraud", "combatting discrimination, racism and xenophobia",
                "combatting human trafficking", "combat migrant smuggling", "irregular migration", "labor migration",
                "migrant's rights", "migration and development"],
        objectives=["identification of common challenges and areas for mutual cooperation",
                    "a stronger evidence base for EU-LAC migration, based on the principle of shared responsibility",
                    "strengthen the commitment and willingness of both sides to discuss migration issues"],
        md="priority",
        summary=("A bi-regional dialogue on migration between the European Union and the states of Latin America and "
                 "the Caribbean, launched on 30 June 2009 as a follow-up to the commitments of the EU-LAC Summit of May "
                 "2008; since its foundation in December 2011, CELAC is the partner on the Latin American and Caribbean "
                 "side. It seeks to identify common challenges and areas for cooperation, build a stronger evidence base "
                 "on migration between the two regions and strengthen both sides' commitment to discuss migration, "
                 "notably through high-level meetings."),
        participation=("The European Union and its member states and the states of Latin America and the Caribbean, with "
                       "CELAC as the partner since December 2011 (IOM); no list of participating states was compiled "
                       "from the sources read."),
        sources=[
            _src(EC_IOM, "IOM profile: inter-regional forum; established 2009; launched 30 June 2009; objectives; thematic focus"),
            _src(EC_EUROPEAID, "European Commission: the dialogue, its objectives and high-level meetings"),
            _src(EC_GLOSSARY, "European Commission glossary: names in EU languages"),
            _src(IOM_EMM_IRF, "named by IOM among the inter-regional forums"),
        ],
    ),
]


# ------------------------------------------------------------------ memberships
MEMBERSHIPS = []

# Prague Process: the official list ("As of 2018, the following 50 states are participants"; it names 49).
_PP_STATES = ["ALB", "ARM", "AUT", "AZE", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
              "GEO", "DEU", "GRC", "HUN", "IRL", "ITA", "KAZ", "KGZ", "LVA", "LIE", "LTU", "LUX", "MKD", "MLT",
              "MNE", "NLD", "NOR", "POL", "PRT", "MDA", "ROU", "RUS", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE",
              "TJK", "TUR", "TKM", "UKR", "UZB"]
for _c in _PP_STATES:
    MEMBERSHIPS.append(_area("prague-process", _c, "member", [PP_STATES], note="Participating state"))
MEMBERSHIPS += [
    _area("prague-process", "BLR", "member", [PP_STATES, PP_ICMPD], start="2010-12",
          note="Became part of the Process in December 2010"),
    _area("prague-process", "XKX", "member", [PP_STATES],
          note="Listed as Kosovo*, without prejudice to positions on status (UNSCR 1244/1999); XKX is a user-assigned code"),
    _org("prague-process", "icmpd", "secretariat", [PP_IOM, PP_STRUCT],
         note="Runs the secretariat ('project support unit'), funded by the European Union"),
    _area("prague-process", "CZE", "chair", [PP_STATES], start="2009-04-28", end="2010-12",
          note="Led the Process in 2009-2010, supported by Hungary, Poland, Romania and Slovakia"),
    _area("prague-process", "POL", "chair", [PP_STATES], start="2010-12", end="2017",
          note="Led the Process from the Senior Officials' Meeting of December 2010 to the end of the Targeted Initiative in 2017"),
]
for _c in ["CZE", "POL", "LTU", "HUN"]:
    MEMBERSHIPS.append(_area("prague-process", _c, "steering_group", [PP_STATES, PP_STRUCT], start="2017",
                             note="Member of the Strategic Group that leads the Process since the second half of 2017"))
MEMBERSHIPS.append(_org("prague-process", "european-commission", "steering_group", [PP_STATES, PP_STRUCT], start="2017",
                        note="Member of the Strategic Group that leads the Process since the second half of 2017"))

# Almaty Process: IOM's current profile (member states 6, observer states 4; chair Azerbaijan 2023-2024).
_AP_LAUNCH = "2013-06-05"
for _c in ["KAZ", "KGZ", "TJK"]:
    MEMBERSHIPS.append(_area("almaty-process", _c, "member", [AP_IOM, AP_UNHCR_KZ_2016], start=_AP_LAUNCH,
                             note="Founding member; the Process was launched at the Almaty Ministerial Conference of 5 June 2013"))
for _c in ["AFG", "AZE", "TUR"]:
    MEMBERSHIPS.append(_area("almaty-process", _c, "member", [AP_IOM, AP_UNHCR_FAQ], note="Member State"))
for _c in ["IRN", "ITA", "PAK"]:
    MEMBERSHIPS.append(_area("almaty-process", _c, "observer", [AP_IOM], note="Observer State"))
MEMBERSHIPS += [
    _area("almaty-process", "TKM", "observer", [AP_IOM],
          note="Observer State on IOM's current list, which also names it a founding member; earlier UNHCR and IOM "
               "lists give it as a member. When it became an observer was not found"),
    _org("almaty-process", "iom", "secretariat", [AP_IOM, AP_UNHCR],
         note="Support Unit with UNHCR: technical and administrative assistance to the Chair and the Secretariat (the chairing government)"),
    _org("almaty-process", "unhcr", "secretariat", [AP_IOM, AP_UNHCR],
         note="Support Unit with IOM: technical and administrative assistance to the Chair and the Secretariat (the chairing government)"),
    _area("almaty-process", "KAZ", "chair", [AP_IOM, AP_UNHCR_KZ_2016], start=_AP_LAUNCH, end="2016",
          note="First Chair, elected at the Ministerial Conference of 5 June 2013", year_suffix=True),
    _area("almaty-process", "KGZ", "chair", [AP_IOM], start="2016-10", end="2018-09"),
    _area("almaty-process", "TJK", "chair", [AP_IOM], start="2018", end="2020"),
    _area("almaty-process", "TUR", "chair", [AP_IOM], start="2021", end="2022"),
    _area("almaty-process", "AZE", "chair", [AP_IOM, AP_IOM_BAKU_2025, AP_AZVISION], start="2023", end="2025-04-24",
          note="IOM gives 2023-2024; the chair passed to Kazakhstan at the 3rd Ministerial Conference in Baku on 24 April 2025"),
    _area("almaty-process", "KAZ", "chair", [AP_IOM_BAKU_2025, AP_AZVISION], start="2025-04-24",
          note="Took over from Azerbaijan at the 3rd Ministerial Conference in Baku (24 April 2025)", year_suffix=True),
]

# Eastern Partnership Panel: the Panel's "About Panel" page (EU institutions, interested EU member states, 6 partners).
for _c in ["ARM", "AZE", "BLR", "GEO", "MDA", "UKR"]:
    MEMBERSHIPS.append(_area("eap-panel", _c, "member", [EAP_ABOUT_PANEL], note="Eastern Partnership partner country"))
MEMBERSHIPS += [
    _fm("eap-panel", "eu", "member", [EAP_ABOUT_PANEL, EAP_EC],
        note="The EU institutions take part; the EU member states taking part ('the interested Member states') are not named"),
    _org("eap-panel", "european-commission", "secretariat", [EAP_EC, EAP_IOM],
         note="Manages the Panel, with the assistance of the Swedish Migration Board and IOM"),
    _org("eap-panel", "iom", "partner", [EAP_EC, EAP_EU4AZ],
         note="Assists the European Commission in managing the Panel; implements the EU support project"),
    _org("eap-panel", "swedish-migration-board", "partner", [EAP_EC],
         note="Assisted the European Commission in managing the Panel (older Commission page)"),
]

# MIDCOM: IOM profile, "Members States (21 States)".
for _c in ["BDI", "COM", "COD", "DJI", "EGY", "ERI", "ETH", "SWZ", "KEN", "LBY", "MDG", "MWI", "MUS", "RWA",
           "SYC", "SOM", "SDN", "TUN", "UGA", "ZMB", "ZWE"]:
    MEMBERSHIPS.append(_area("midcom", _c, "member", [MC_IOM], note="Member State"))
MEMBERSHIPS += [
    _fm("midcom", "comesa", "secretariat", [MC_IOM, MC_LAUNCH], note="COMESA Secretariat"),
    _org("midcom", "iom", "partner", [MC_IOM, MC_IOM_NEWS_2017], note="Supports the COMESA Secretariat"),
]

# Khartoum Process: official site, Rome Declaration signatories and later members.
_KP_EU28 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
            "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "GBR"]
_KP_AFRICA = ["DJI", "EGY", "ERI", "ETH", "KEN", "SOM", "SSD", "SDN", "TUN"]
_KP_ROME = "2014-11-28"
_KP_ESTERI_EU = _src(KP_ESTERI, "the 28 EU Member States take part (named as a group)")
_KP_ESTERI_AF = _src(KP_ESTERI, "named among the participating countries")
for _c in _KP_EU28:
    note = "Signatory of the Rome Declaration (28 November 2014)"
    if _c == "GBR":
        note += "; whether it still takes part after leaving the EU was not found"
    MEMBERSHIPS.append(_area("khartoum-process", _c, "member", [_src(KP_ACTORS), _KP_ESTERI_EU, _src(KP_TRAFFICKING)],
                             start=_KP_ROME, note=note))
for _c in _KP_AFRICA:
    MEMBERSHIPS.append(_area("khartoum-process", _c, "member", [_src(KP_ACTORS), _KP_ESTERI_AF, _src(KP_TRAFFICKING)],
                             start=_KP_ROME, note="Signatory of the Rome Declaration (28 November 2014)"))
MEMBERSHIPS += [
    _area("khartoum-process", "LBY", "member", [KP_ACTORS, KP_TOGO], start="2016-03",
          note="Invited as a Member after the Declaration, upon the establishment of a Government of National Accord; membership approved as of March 2016"),
    _area("khartoum-process", "NOR", "member", [KP_ACTORS, KP_TOGO], start="2016-03",
          note="Became a Member after the Declaration; membership approved as of March 2016"),
    _area("khartoum-process", "CHE", "member", [KP_ACTORS, KP_TOGO], start="2016-03",
          note="Became a Member after the Declaration; membership approved as of March 2016"),
    _area("khartoum-process", "UGA", "member", [KP_ACTORS],
          note="Became a Member after the Declaration; date not found"),
    _org("khartoum-process", "european-commission", "secretariat", [KP_ACTORS],
         note="Manages the Secretariat jointly with the African Union Commission"),
    _fm("khartoum-process", "au", "secretariat", [KP_ACTORS],
        note="African Union Commission: manages the Secretariat jointly with the European Commission"),
    _org("khartoum-process", "icmpd", "secretariat", [KP_ACTORS],
         note="Technical and logistical assistance to the Secretariat through the Support Project of the Africa-EU Migration and Mobility Dialogue"),
    _org("khartoum-process", "european-commission", "steering_group", [KP_ACTORS, KP_IOM],
         note="Member of the Steering Committee"),
    _org("khartoum-process", "eeas", "steering_group", [KP_ACTORS], note="Member of the Steering Committee"),
    _fm("khartoum-process", "au", "steering_group", [KP_ACTORS, KP_IOM],
        note="African Union Commission: member of the Steering Committee"),
    _area("khartoum-process", "EGY", "chair", [KP_ACTORS], start=_KP_ROME, end="2016",
          note="First chair, from the establishment of the Process; followed by the UK in 2016"),
    _area("khartoum-process", "GBR", "chair", [KP_ACTORS], start="2016", end="2016"),
    _area("khartoum-process", "ETH", "chair", [KP_ACTORS, KP_TOGO], start="2017", end="2017"),
    _area("khartoum-process", "ITA", "chair", [KP_ACTORS], start="2018", end="2018"),
]

# ARCP: IOM profile, "Member States (22 States)".
for _c in ["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE",
           "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"]:
    note = "Member State"
    if _c == "PSE":
        note = "Member State (listed as 'Palestinian Territories'; an older version lists 'State of Palestine')"
    if _c == "SYR":
        note = "Member State in this version; an older version of the page lists one suspended member, not named there"
    MEMBERSHIPS.append(_area("arcp", _c, "member", [AR_IOM, AR_IOM_WWW], note=note))
MEMBERSHIPS += [
    _fm("arcp", "las", "secretariat", [AR_IOM_WWW, AR_IOM_LAUNCH], note="General Secretariat of the League of Arab States"),
    _fm("arcp", "las", "chair", [AR_IOM, AR_IOM_WWW],
        note="Permanent chair: the ARCP is not chaired by a country; the League of Arab States leads its work"),
]

# CMC: IOM profile, "States, territories and countries (No formal membership procedures yet established)".
_CMC_FOUNDERS = ["ABW", "BHS", "BLZ", "CYM", "JAM", "GUY", "TTO", "TCA"]
_CMC_OTHERS = ["AIA", "ATG", "BRB", "CUB", "CUW", "DMA", "DOM", "GRD", "HTI", "MSR", "LCA", "KNA", "VCT", "SUR"]
for _c in _CMC_FOUNDERS:
    MEMBERSHIPS.append(_area("cmc", _c, "member", [CMC_IOM, CMC_WHAT, CMC_ROSJ], start="2016-01",
                             note="Founding participant (preparatory meeting in Belize, January 2016); no formal membership procedures"))
for _c in _CMC_OTHERS:
    MEMBERSHIPS.append(_area("cmc", _c, "member", [CMC_IOM], note="Participant; no formal membership procedures"))
MEMBERSHIPS += [
    _area("cmc", "NLD", "observer", [CMC_IOM], note="Listed among observer states: attended the 2017 CMC meeting"),
    _area("cmc", "USA", "observer", [CMC_IOM], note="Listed among observer states: attended the 2017 CMC meeting"),
    _org("cmc", "iom", "observer", [CMC_IOM],
         note="Observer organization (no rule defined on observership); supports the CMC, which has no secretariat"),
    _org("cmc", "unhcr", "observer", [CMC_IOM],
         note="Observer organization (no rule defined on observership); supports the CMC, which has no secretariat"),
]

# Quito Process: the eleven signatories of the Quito Declaration (official site).
for _c in ["ARG", "BRA", "CHL", "COL", "CRI", "ECU", "MEX", "PAN", "PRY", "PER", "URY"]:
    MEMBERSHIPS.append(_area("quito-process", _c, "member", [QP_QUE, QP_ALERTAS], start="2018-09",
                             note="Signatory of the Quito Declaration at the first meeting (Quito, 3-4 September 2018)"))
MEMBERSHIPS += [
    _org("quito-process", "iom", "secretariat", [QP_MEMBERS, QP_TIMELINE], start="2020-09",
         note="Coordinates the Technical Secretariat with UNHCR; formally constituted with the Sixth Joint Declaration"),
    _org("quito-process", "unhcr", "secretariat", [QP_MEMBERS, QP_TIMELINE], start="2020-09",
         note="Coordinates the Technical Secretariat with IOM; formally constituted with the Sixth Joint Declaration"),
    _area("quito-process", "CHL", "chair", [QP_IOM], start="2022", end="2023", note="Pro tempore chair (2022-2023)"),
    _area("quito-process", "CRI", "chair", [QP_IOM], start="2023", end="2024", note="Pro tempore chair (2023-2024)"),
]

# MIDCAS: the draft IOM profile ("10 Members"); the live profile's list was not read.
for _c in ["AGO", "BDI", "CMR", "TCD", "CAF", "COG", "COD", "GAB", "GNQ", "STP"]:
    MEMBERSHIPS.append(_area("midcas", _c, "member", [MS_DRAFT, MS_DRAFT_COPY], note="Member (draft IOM profile)"))
MEMBERSHIPS.append(_fm("midcas", "eccas", "secretariat", [MS_IOM, MS_DRAFT],
                       note="The ECCAS Secretariat acts as ad interim secretariat; the MIDCAS secretariat is under discussion"))

# IMRF: open to all UN Member States (no member rows).
MEMBERSHIPS.append(_fm("imrf", "un-network-on-migration", "partner", [UN_EXCO, UN_FAO],
                       note="Supports Member States in the follow-up and review of the Global Compact, including in the Forum"))

# UN Network on Migration: the eight entities of its Executive Committee (principals' meeting of 14 November 2019).
_UN_EXCO = {
    "iom": "IOM Director General",
    "ilo": "ILO Director General",
    "unhcr": "UN High Commissioner for Refugees",
    "unicef": "Executive Director of UNICEF",
    "ohchr": "OHCHR New York",
    "undp": "Administrator of UNDP",
    "unodc": "UNODC Division for Policy Analysis and Public Affairs",
    "un-desa": "Assistant Secretary-General, DESA",
}
_UN_EXTRA = {"ohchr": [UN_BRIEFING], "un-desa": [UN_DESA_PD]}
for _o, _who in _UN_EXCO.items():
    MEMBERSHIPS.append(_org("un-network-on-migration", _o, "member", [UN_PRINCIPALS, UN_EXCO] + _UN_EXTRA.get(_o, []),
                            note="UN entity on the Executive Committee (November 2019)"))
    MEMBERSHIPS.append(_org("un-network-on-migration", _o, "steering_group", [UN_PRINCIPALS] + _UN_EXTRA.get(_o, []),
                            note=f"Executive Committee; represented at the principals' meeting of 14 November 2019 ({_who})"))
MEMBERSHIPS.append(_org("un-network-on-migration", "iom", "secretariat", [UN_GCM45, UN_EXCO, UN_FAO],
                        note="Coordinator and secretariat of the Network"))

# PAFOM: co-organiser.
MEMBERSHIPS.append(_org("pafom", "iom", "partner", [PA_AU_2019, PA_AU_2018, PA_RELIEFWEB],
                        note="Organises the Forum with the African Union Commission and the host government"))


# ------------------------------------------------------------------ expected counts
# forum_id: (number of `member` rows, the source of the list, a day on which the list holds)
EXPECTED = {
    "prague-process": (49, PP_STATES, "2018-01-01"),
    "almaty-process": (6, AP_IOM, "2023-01-01"),
    "eap-panel": (7, EAP_ABOUT_PANEL, "2011-12-09"),
    "midcom": (21, MC_IOM, "2018-07-19"),
    "khartoum-process": (41, KP_ACTORS, "2019-01-01"),
    "arcp": (22, AR_IOM, "2023-05-07"),
    "cmc": (22, CMC_IOM, "2019-01-01"),
    "quito-process": (11, QP_QUE, "2018-09-04"),
    "midcas": (10, MS_DRAFT, "2015-01-01"),
    "un-network-on-migration": (8, UN_PRINCIPALS, "2019-11-14"),
}


# ------------------------------------------------------------------ gaps
GAPS = [
    # lists without dates
    "Undated lists (rows without a start do not count on any day): prague-process (all but Belarus; list headed "
    "'As of 2018', day given 2018-01-01), almaty-process (Afghanistan, Azerbaijan, Türkiye and all observers; IOM "
    "profile of c. 2023-24, day given 2023-01-01), eap-panel (all; undated 'About Panel' page, day given the first "
    "meeting, 2011-12-09), midcom (all; IOM profile of 2018 or later, day given 2018-07-19, after Somalia and Tunisia "
    "joined COMESA), khartoum-process (Uganda; official page c. 2019, day given 2019-01-01), arcp (all; IOM profile, "
    "22-member version probably after Syria's return to the League in May 2023, day given 2023-05-07), cmc (all but "
    "the eight founders; IOM profile of 2019 or later, day given 2019-01-01), midcas (all; undated draft of c. "
    "2015-16, day given 2015-01-01), un-network-on-migration (all; statement of 15 November 2019).",
    # Prague
    "prague-process: the official list says '50 states' but names 49; the fiftieth was not found (the UK and "
    "Iceland are absent).",
    "prague-process: founding dates not given per state (49 states endorsed the Joint Declaration in April 2009, but "
    "no signatory list was read); whether Russia and Belarus still take part after 2022 not found; no observer or "
    "partner-organisation list found; Strategic Group chairs after 2017 (Lithuania to 2020, Czech Republic 2021) not "
    "entered as rows.",
    # Almaty
    "almaty-process: dates not found for Turkmenistan moving from member to observer, for Italy becoming an observer, "
    "and for the member rows of Afghanistan, Azerbaijan and Türkiye; Uzbekistan's accession is pending (no row); "
    "guest states and partner organisations invited ad hoc not entered; no acronym found.",
    # EaP
    "eap-panel: the EU member states taking part ('the interested Member states') are not named in any source, so "
    "none are listed (the EU itself has a row); place of the first meeting (9 December 2011) not found; dates of the "
    "six partners' participation not found; the successor (2017) is kept as a later name of the same forum.",
    # MIDCOM
    "midcom: founding members cut off in the IOM excerpt; Botswana's status at the 2013 launch not found; the IOM "
    "news of July 2017 calls that meeting the first MIDCOM meeting, against the September 2013 launch; current chair "
    "Zambia (undated) not entered as a row; no observers found.",
    # Khartoum
    "khartoum-process: the Rome Declaration itself was not read; Uganda's accession date not found; whether the UK "
    "still takes part after Brexit not found (a 2024 news list omits it); member counts in other sources conflict "
    "(36, 40, 41); states on the Steering Committee and chairs after 2018 (Eritrea, the Netherlands 2020, South Sudan "
    "2022, Germany 2023, Egypt from April 2024, France from April 2025) not entered as rows.",
    # ARCP
    "arcp: the founding League decision (number and date) not found; the suspended member of the older IOM page is "
    "not named there (probably Syria, 2011-2023, not confirmed), so Syria has a single undated member row.",
    # CMC
    "cmc: 'St. Martin' on the IOM list could be French Saint-Martin (MAF) or Dutch Sint Maarten (SXM), so it has no "
    "row: 22 member rows for 23 participants listed; exact day and town of the January 2016 Belize meeting not found; "
    "whether the forum was renamed after December 2019 not found.",
    # Quito
    "quito-process: the names of the 13 current member states were not found (the official site gives only the "
    "number), so only the 11 signatories of the 2018 Quito Declaration are listed, as of 2018-09-04; Group of Friends "
    "not listed; past chairs without dates not entered.",
    # MIDCAS
    "midcas: the live IOM profile's member list was not read; the only list is an undated draft 'For IOM webpage' on a "
    "document-sharing mirror (unverified), which omits Rwanda; exact date of the 2012 Brazzaville meeting not "
    "confirmed by IOM (a Xinhua item gives 16-17 February 2012); details of the 2014 endorsement and 2015 adoption "
    "not found; dormant since 2016 (operational left None).",
    # IMRF
    "imrf: no un.org page on the IMRF was read: openness to all Member States rests on an NGO page, the founding text "
    "on a copy of A/RES/73/195, and the first Forum on a Danish parliament copy of the Progress Declaration; date of "
    "the second Forum (2026 by the four-year rule) not found.",
    # UN Network
    "un-network-on-migration: the full list of member entities was not found (a secondary page claims 38): only the "
    "eight Executive Committee entities of November 2019 are listed as members; the current Executive Committee "
    "composition was not found; the exact day of the Secretary-General's announcement in Marrakech (December 2018) "
    "is not in the excerpt.",
    # New fora found on IOM's lists
    "pafom and eu-celac-migration-dialogue: added because IOM lists them as inter-regional forums and the dataset "
    "lacked them; no member lists compiled (participation given in words); the rest of IOM's inter-regional forum "
    "list was cut off in the excerpt read.",
    # hosts that could be primary
    "Hosts relied on that could be classified primary (not in data/source-domains.json, so their rows are "
    "unverified): pragueprocess.eu (official Prague Process site; the json lists prague-process.eu), "
    "khartoumprocess.net (official Khartoum Process site), procesodequito.org (official Quito Process site), "
    "caribbeanmigration.org (IOM's CMC portal), mvcr.cz (Czech Ministry of the Interior), leagueofarabstates.net and "
    "lasportal.org (League of Arab States), ft.dk (Danish Parliament), fao.org (FAO).",
]


# ------------------------------------------------------------------ self-check
def _first_day(d):
    y, m, dd = (d.split("-") + [None, None])[:3]
    return (int(y), int(m or 1), int(dd or 1))


def _last_day(d):
    parts = d.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return (y, 12, 31)
    m = int(parts[1])
    if len(parts) == 3:
        return (y, m, int(parts[2]))
    days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return (y, m, days[m - 1])


def _check():
    import json
    import re
    from collections import Counter, defaultdict
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    builtin = json.loads((root / "data/builtin.json").read_text(encoding="utf-8"))
    # The records of data/builtin.json that this file did not make (it is loaded into it).
    old_fora = {f["id"] for f in builtin["fora"]} - {f["id"] for f in FORA}
    old_orgs = {o["id"] for o in builtin["organisations"]} - set(ORGANISATIONS)
    problems = []

    # The project's one classification of sources (prepare-dataset.py reads source-domains.json).
    import importlib.util
    spec = importlib.util.spec_from_file_location("prepare_dataset", Path(__file__).with_name("prepare-dataset.py"))
    prepare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prepare)
    classify = prepare.source_class

    def check_verification(what, rec):
        # "verified" needs a primary source; a row may stay unverified with one (the hosts
        # added to source-domains.json after this file was written are such cases).
        primary = any(classify(s["url"]) == "primary" for s in rec["sources"])
        if rec["verification"] == "verified" and not primary:
            problems.append(f"{what} {rec['id']}: verified, but source-domains.json names no primary source")

    # fora
    forum_keys = ["id", "names", "acronyms", "aliases", "categories", "parent_id", "established", "dissolved",
                  "regions", "themes", "topics", "objectives", "md_status", "operational", "meeting_level", "links",
                  "summary", "participation", "sources", "verification", "last_checked"]
    ids = Counter(f["id"] for f in FORA)
    for fid, n in ids.items():
        if n > 1:
            problems.append(f"forum id {fid} defined {n} times")
        if fid in old_fora:
            problems.append(f"forum id {fid} already exists in data/builtin.json")
    new_fora = {f["id"]: f for f in FORA}
    all_fora = old_fora | set(new_fora)
    for f in FORA:
        if list(f) != forum_keys:
            problems.append(f"forum {f['id']}: keys {list(f)}")
        if f["parent_id"] is not None and f["parent_id"] not in all_fora:
            problems.append(f"forum {f['id']}: unknown parent {f['parent_id']}")
        if not f["established"] or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", f["established"]):
            problems.append(f"forum {f['id']}: bad established {f['established']!r}")
        if f["md_status"] not in ("priority", "ad_hoc", "not_addressed", "unknown"):
            problems.append(f"forum {f['id']}: bad md_status")
        if f["meeting_level"] not in (None, "ministerial", "vice_ministerial", "senior_officials", "technical", "mixed"):
            problems.append(f"forum {f['id']}: bad meeting_level")
        for c in f["categories"]:
            if c["category"] not in ("rcp", "interregional_forum", "regional_organisation", "migration_body", "global_process"):
                problems.append(f"forum {f['id']}: bad category {c['category']}")
        check_verification("forum", f)

    # organisations
    for oid in ORGANISATIONS:
        if oid in old_orgs:
            problems.append(f"organisation {oid} already exists")
    all_orgs = old_orgs | set(ORGANISATIONS)

    # memberships
    mids = Counter(m["id"] for m in MEMBERSHIPS)
    for mid, n in mids.items():
        if n > 1:
            problems.append(f"membership id {mid} used {n} times")
    per_key = defaultdict(list)
    for m in MEMBERSHIPS:
        key = (m["forum_id"], m["role"], m["member"]["id"])
        per_key[key].append(m)
    roles = ("member", "observer", "partner", "associate", "chair", "co_chair", "secretariat", "steering_group")
    for m in MEMBERSHIPS:
        fid, mem = m["forum_id"], m["member"]
        if fid not in all_fora:
            problems.append(f"{m['id']}: unknown forum {fid}")
        if m["role"] not in roles:
            problems.append(f"{m['id']}: bad role")
        if mem["type"] == "area" and not re.fullmatch(r"[A-Z]{3}", mem["id"]):
            problems.append(f"{m['id']}: bad area code")
        if mem["type"] == "organisation" and mem["id"] not in all_orgs:
            problems.append(f"{m['id']}: unknown organisation {mem['id']}")
        if mem["type"] == "forum" and mem["id"] not in all_fora:
            problems.append(f"{m['id']}: unknown forum member {mem['id']}")
        base = f"{fid}:{m['role']}:{mem['id']}"
        twins = per_key[(fid, m["role"], mem["id"])]
        want_id = base if len(twins) == 1 else f"{base}:{(m['start_date'] or 'undated')[:4]}"
        if m["id"] != want_id:
            problems.append(f"{m['id']}: id should be {want_id}")
        if m["role"] == "member" and m["note"] and re.search(r"observer|associate", m["note"], re.I):
            problems.append(f"{m['id']}: member note names another role")
        for d in (m["start_date"], m["end_date"]):
            if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                problems.append(f"{m['id']}: bad date {d!r}")
        est = new_fora[fid]["established"] if fid in new_fora else None
        if est and m["start_date"] and _last_day(m["start_date"]) < _first_day(est):
            problems.append(f"{m['id']}: starts {m['start_date']}, before its forum was established ({est})")
        if m["start_date"] and m["end_date"] and _last_day(m["end_date"]) < _first_day(m["start_date"]):
            problems.append(f"{m['id']}: ends before it starts")
        check_verification("membership", m)
    # rows of one member in one role must not share a day
    for key, rows in per_key.items():
        rows = sorted(rows, key=lambda r: _first_day(r["start_date"]) if r["start_date"] else (0, 0, 0))
        for a, b in zip(rows, rows[1:]):
            a_end = _last_day(a["end_date"]) if a["end_date"] else None
            b_start = _first_day(b["start_date"]) if b["start_date"] else None
            if a_end is None or b_start is None or b_start <= a_end:
                problems.append(f"{b['id']} overlaps {a['id']}")

    # expected counts
    members = defaultdict(list)
    for m in MEMBERSHIPS:
        if m["role"] == "member":
            members[m["forum_id"]].append(m)
    for fid, rows in members.items():
        if fid not in EXPECTED:
            problems.append(f"{fid}: has member rows but no EXPECTED entry")
    for fid, (count, url, day) in EXPECTED.items():
        rows = members.get(fid, [])
        if len(rows) != count:
            problems.append(f"EXPECTED {fid}: {count}, but {len(rows)} member rows")
        if len({r["member"]["id"] for r in rows}) != len(rows):
            problems.append(f"EXPECTED {fid}: a member has two member rows")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            problems.append(f"EXPECTED {fid}: bad day {day!r}")
            continue
        d = _first_day(day)
        for r in rows:
            if url not in [s["url"] for s in r["sources"]]:
                problems.append(f"EXPECTED {fid}: {r['id']} does not cite the list {url}")
            if r["start_date"] and _first_day(r["start_date"]) > d:
                problems.append(f"EXPECTED {fid}: {r['id']} starts after {day}")
            if r["end_date"] and _last_day(r["end_date"]) < d:
                problems.append(f"EXPECTED {fid}: {r['id']} ends before {day}")
        est = new_fora[fid]["established"]
        if d < _first_day(est):
            problems.append(f"EXPECTED {fid}: {day} is before the forum was established")
    for f in FORA:
        if f["participation"] and members.get(f["id"]):
            problems.append(f"{f['id']}: has participation and member rows")

    # summary
    print(f"{len(FORA)} fora, {len(MEMBERSHIPS)} membership rows, {len(ORGANISATIONS)} new organisations, {len(GAPS)} gaps")
    print(f"{'forum':28} {'established':12} {'members':>7} {'dated':>5} {'other rows':>10}  forum-verif  member rows verified")
    for f in FORA:
        rows = [m for m in MEMBERSHIPS if m["forum_id"] == f["id"]]
        mem = [m for m in rows if m["role"] == "member"]
        dated = sum(1 for m in mem if m["start_date"])
        ver = sum(1 for m in mem if m["verification"] == "verified")
        print(f"{f['id']:28} {f['established']:12} {len(mem):7} {dated:5} {len(rows) - len(mem):10}  "
              f"{f['verification']:11}  {ver}/{len(mem)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        raise SystemExit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    _check()
