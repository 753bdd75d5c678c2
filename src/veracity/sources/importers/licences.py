"""The publishers' terms, quoted, for the `licenses` of the bundled descriptors.

Each entry is a Frictionless licence (`name`, `title`, `path`) plus what the project read and
decided: `veracity:terms` quotes the page, `veracity:read` is the date it was read, and
`veracity:bundle` says what the project redistributes under those terms. docs/data.md
("Licences") gives the reasoning; a quote that could not be found says so.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "COMPILED",
    "GFP",
    "LUKES_M49",
    "MLEDOZE",
    "ORYX",
    "SIPRI",
    "SIPRI_FAIR_USE",
    "SIPRI_IMPORT",
]

READ = "2026-12-07"

SIPRI_IMPORT = (
    "python -m veracity.sources.importers.sipri trade-register.csv --out sources/arms-transfers"
)
"""How a user imports the whole SIPRI register, downloaded from SIPRI, into a workspace."""

SIPRI_TERMS_READ_AT = (
    "http://web.archive.org/web/20160211055816/http://www.sipri.org/databases/terms"
)

SIPRI: dict[str, Any] = {
    "name": "SIPRI-user-rules",
    "title": "SIPRI Arms Transfers Database user rules: free download and citation with "
    "the credit line; no commercial use without SIPRI's agreement",
    "path": "http://www.sipri.org/contents/armstrad/user_rules.html",
    "veracity:terms": "i. Users are free to download and cite text and data from the SIPRI "
    "Arms Transfers Database provided attribution to SIPRI in a source credit-line is given. "
    "This credit line should include the phrase: 'Information from the SIPRI Arms Transfers "
    "Database, URL <http://armstrade.sipri.org/>'. ii. The user is free to format the data "
    "according to individual wishes and to use the data for diverse calculations and "
    "comparisons. However, such calculations or other manipulations should not be attributed "
    "to SIPRI. iii. Data may not be used for commercial purposes unless specific agreement "
    "has been sought and obtained from the SIPRI Arms Transfers Project.",
    "veracity:read": READ,
    "veracity:bundle": "Information from the SIPRI Arms Transfers Database, URL "
    "<http://armstrade.sipri.org/>. The rules allow downloading, citing, reformatting and "
    "calculating, not redistributing the register: the package bundles only what fair use "
    "allows (see SIPRI-terms and docs/data.md, 'arms-transfers', Licence); reshaped fields "
    "and counts are veracity's, not SIPRI's; non-commercial use only",
}

SIPRI_FAIR_USE: dict[str, Any] = {
    "name": "SIPRI-terms",
    "title": "SIPRI terms and conditions of use: fair use is non-commercial and reproduces "
    "less than 10 per cent of a published data set",
    "path": "https://www.sipri.org/databases/terms",
    "veracity:terms": "'Fair use' of SIPRI content is defined as the excerption of SIPRI "
    "copyrighted material for such purposes as criticism, comment, news reporting, teaching, "
    "scholarship, or research in which the use is for non-commercial purposes [and] the "
    "reproduction of less than 10 per cent of a published data set. NB: Both the above "
    "conditions must apply to count as fair use. Fair use is freely authorized as long as "
    "due reference is given to the specific SIPRI source or sources. [...] For any "
    "commercial use of the content on this website (e.g. repurposing or reprinting data and "
    "content for cash sales), please obtain written permission from SIPRI. (read in the "
    f"capture of 11 February 2016, {SIPRI_TERMS_READ_AT})",
    "veracity:read": READ,
    "veracity:bundle": "Decision of 2026-12-07: honour fair use, which covers less than 10 "
    "per cent of the register, rather than seek SIPRI's written permission for the whole. The "
    "package bundles the records of orders placed 2019-2024 (2,928 of the 29,515 records of the "
    "export of 13 March 2025, 9.92 per cent; the descriptor's `temporal` declares the period "
    "and the whole's size), non-commercially and credited; users who need older orders "
    "download the register from SIPRI and import it into their workspace, where it replaces "
    f"the bundled part: {SIPRI_IMPORT}",
}

GFP_SEARCHED = (
    "globalfirepower.com terms of use; Global Firepower disclaimer copyright content may not "
    "be reproduced; globalfirepower.com privacy policy; Content (c)2006-2024 "
    "www.GlobalFirePower.com; Global Firepower content may not be reproduced without written "
    "permission; globalfirepower contact us corrections; GFP about us"
)
"""The searches of the stored page copies (2026-12-07) that found no terms of Global Firepower."""

GFP: dict[str, Any] = {
    "name": "proprietary-facts",
    "title": "Facts published by Global Firepower; no terms of use found; figures bundled "
    "with credit, no page text",
    "path": "https://www.globalfirepower.com/countries-listing.php",
    "veracity:terms": "not found. No terms-of-use, copyright, about or privacy page of "
    "globalfirepower.com is among the stored page copies (searches: "
    f"{GFP_SEARCHED}). The one stored page of the site, its home page "
    "(http://www.globalfirepower.com/), states what the ranking is and that the PowerIndex "
    "comes from 'an in-house formula', and no terms. The public scrape the table was compiled "
    "from (devansh1925/The-Art-Of-War @ b8d9d441) carries no licence either",
    "veracity:read": READ,
    "veracity:bundle": "Decision of 2026-12-07, pending the publisher's terms: bundle the "
    "facts Global Firepower publishes per country and the press reports (the 2024 rank, the "
    "PowerIndex value, 27 inventory, manpower and budget figures of each of the 145 ranked "
    "countries: 31 of the scrape's columns), each credited to Global Firepower with its "
    "listing page; never its pages' text, its formula or the scrape's other columns. A user "
    "who finds terms that forbid this can replace the table with one they compiled "
    "themselves: python -m veracity.sources.importers.gfp RAW.csv --out sources/gfp-2024",
}

LUKES_M49: dict[str, Any] = {
    "name": "CC-BY-SA-4.0",
    "title": "CC BY-SA 4.0 (compilation by lukes/ISO-3166-Countries-with-Regional-Codes of "
    "UN M49 regions and ISO 3166 codes)",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "veracity:terms": "This work is licensed under a Creative Commons Attribution-ShareAlike "
    "4.0 International License. (LICENSE.md of lukes/ISO-3166-Countries-with-Regional-Codes)",
    "veracity:read": READ,
    "veracity:bundle": "the whole compilation, reshaped; the countries dataset is shared "
    "under CC BY-SA 4.0 in turn. The M49 codes and region names themselves are the UN "
    "Statistics Division's standard (https://unstats.un.org/unsd/methodology/m49/overview/): "
    "the package holds the codes and names, facts of the standard, not a page of the UN's "
    "site. The UN's own terms of use were not found in English among the stored copies; the "
    "UN's translations of them (UN City Copenhagen, https://un.dk/da/brugsbetingelser/, read "
    "2026-12-07) let users download and copy the site's materials for personal, "
    "non-commercial use without a right to redistribute them, which is why the table comes "
    "from the CC BY-SA compilation and not from a copy of UN pages",
}

ORYX: dict[str, Any] = {
    "name": "CC-BY-4.0",
    "title": "Oryx-derived facts: CC BY 4.0 (scarnecchia/oryx_data)",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "veracity:terms": "Attribution 4.0 International [...] a. License grant. 1. Subject to the "
    "terms and conditions of this Public License, the Licensor hereby grants You a worldwide, "
    "royalty-free, non-sublicensable, non-exclusive, irrevocable license to exercise the "
    "Licensed Rights in the Licensed Material to: a. reproduce and Share the Licensed Material, "
    "in whole or in part; and b. produce, reproduce, and Share Adapted Material. [...] "
    "a. Attribution. 1. If You Share the Licensed Material (including in modified form), You "
    "must: a. retain [...] identification of the creator(s) of the Licensed Material [...] "
    "(LICENSE of https://github.com/scarnecchia/oryx_data, added 27 March 2022, read at commit "
    "a8624b47 of 19 July 2025; its README names the source, Oryx's list of materiel lost, "
    "https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html)",
    "veracity:read": READ,
    "veracity:bundle": "adapted material: names, press spellings and countries of origin of "
    "systems Oryx lists, credited to Oryx (oryxspioenkop.com) via scarnecchia/oryx_data under "
    "CC BY 4.0; no loss counts",
}

MLEDOZE: dict[str, Any] = {
    "name": "ODbL-1.0",
    "title": "Capitals from mledoze/countries: ODbL 1.0",
    "path": "https://opendatacommons.org/licenses/odbl/1-0/",
    "veracity:terms": "3.1 [...] the Licensor grants to You a worldwide, royalty-free, "
    "non-exclusive, terminable (but only under Section 9) license to Use the Database [...] "
    "These rights explicitly include commercial use [...] 4.2 Notices. If You Publicly Convey "
    "this Database, any Derivative Database, or the Database as part of a Collective "
    "Database, then You must: a. Do so only under the terms of this License [...] "
    "(LICENSE of mledoze/countries)",
    "veracity:read": READ,
    "veracity:bundle": "the capitals of the 194 independent states, credited; a derivative "
    "database, so those rows are shared under the ODbL 1.0 in turn",
}

COMPILED: dict[str, Any] = {
    "name": "veracity-compilation",
    "title": "Compiled by veracity from the pages cited per row; facts remain their publishers'",
    "veracity:bundle": "facts with the page each comes from; no page's text",
}
