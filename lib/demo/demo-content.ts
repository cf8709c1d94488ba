import type { DemoOrganization, DemoOpportunityTemplate } from "./demo-types";

/*
 * Hand-written demo content. Every organization below is fictional. Towns are real Maine towns in
 * their real counties; websites use the reserved .example.org domain and phones the 555-01xx range.
 * No street address appears anywhere, and nothing here hints at where a confidential shelter is.
 */

export const demoOrganizations: DemoOrganization[] = [
  // ── Shelters ────────────────────────────────────────────────────────────────
  {
    slug: "crossroads-house",
    name: "Crossroads House",
    kind: "shelter",
    description:
      "We run a year-round emergency shelter for adults in the Lewiston-Auburn area, with beds, meals and a case manager for everyone who comes through the door. Many of our guests are leaving unsafe situations, and some have been exploited for labor or sex. Volunteers cook, sort donations, drive and keep the place running.",
    website: "https://crossroads-house.example.org",
    phone: "(207) 555-0101",
    publicEmail: "volunteer@crossroads-house.example.org",
    town: "Lewiston",
    counties: ["androscoggin", "oxford"],
    confidentialLocation: false,
    ein: "01-0412233",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "north-star-shelter",
    name: "North Star Emergency Shelter",
    kind: "shelter",
    description:
      "We are the only year-round emergency shelter for adults and families in central Aroostook County. Winters here are long, and a warm bed, a hot meal and a ride to an appointment can change the course of someone's year. We rely on neighbors for almost everything we do.",
    website: "https://northstar-shelter.example.org",
    phone: "(207) 555-0102",
    publicEmail: "volunteer@northstar-shelter.example.org",
    town: "Presque Isle",
    counties: ["aroostook"],
    confidentialLocation: false,
    ein: "01-0528814",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "tidewater-family-shelter",
    name: "Tidewater Family Shelter",
    kind: "shelter",
    description:
      "We offer safe, confidential shelter to women and children leaving abuse and exploitation in Sagadahoc and Lincoln counties. Our shelter location is never shared; volunteers meet staff at our office first. Families stay with us while they find housing, work and their footing again.",
    website: "https://tidewater-shelter.example.org",
    phone: "(207) 555-0103",
    publicEmail: "volunteer@tidewater-shelter.example.org",
    town: "Bath",
    counties: ["sagadahoc", "lincoln"],
    confidentialLocation: true,
    ein: "01-0633491",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "riverbend-youth-shelter",
    name: "Riverbend Youth Shelter",
    kind: "shelter",
    description:
      "We shelter young people ages 12 to 20 who have run away, been pushed out of home or have nowhere safe to sleep. Young people without a safe place to stay are the ones traffickers look for first, so we work to make sure they have a bed, an adult who shows up, and a plan. We serve the Kennebec Valley and Somerset County.",
    website: "https://riverbend-youth.example.org",
    phone: "(207) 555-0104",
    publicEmail: "volunteer@riverbend-youth.example.org",
    town: "Waterville",
    counties: ["kennebec", "somerset"],
    confidentialLocation: false,
    ein: "01-0719920",
    status: "approved",
    statusReason: null,
  },

  // ── Sexual violence ─────────────────────────────────────────────────────────
  {
    slug: "western-foothills-sexual-assault-response",
    name: "Western Foothills Sexual Assault Response",
    kind: "sexual_violence",
    description:
      "We answer the 24-hour sexual assault helpline for Franklin, Oxford and Androscoggin counties and go with survivors to hospitals, police interviews and court. Our prevention educators teach in schools from Rangeley to Lewiston. All of our services are free and confidential.",
    website: "https://foothills-response.example.org",
    phone: "(207) 555-0105",
    publicEmail: "volunteer@foothills-response.example.org",
    town: "Farmington",
    counties: ["franklin", "oxford", "androscoggin"],
    confidentialLocation: false,
    ein: "01-0384456",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "downeast-sexual-assault-support",
    name: "Downeast Sexual Assault Support Center",
    kind: "sexual_violence",
    description:
      "We support survivors of sexual violence and exploitation across Washington and Hancock counties, where the nearest help can be an hour's drive away. Our advocates answer the helpline, meet survivors at the hospital and help with safety planning. We keep our office location private to protect the people who come to us.",
    website: "https://downeast-support.example.org",
    phone: "(207) 555-0106",
    publicEmail: "volunteer@downeast-support.example.org",
    town: "Machias",
    counties: ["washington", "hancock"],
    confidentialLocation: true,
    ein: "01-0455102",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "midcoast-survivor-response",
    name: "Midcoast Survivor Response Center",
    kind: "sexual_violence",
    description:
      "We serve survivors of sexual assault, abuse and trafficking in Knox, Waldo and Lincoln counties. Alongside our helpline and advocacy, we train fishing, hospitality and farm employers to recognize labor and sex trafficking. Volunteers are the backbone of our overnight coverage.",
    website: "https://midcoast-response.example.org",
    phone: "(207) 555-0107",
    publicEmail: "volunteer@midcoast-response.example.org",
    town: "Rockland",
    counties: ["knox", "waldo", "lincoln"],
    confidentialLocation: false,
    ein: "01-0590377",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "penobscot-valley-sexual-assault-services",
    name: "Penobscot Valley Sexual Assault Services",
    kind: "sexual_violence",
    description:
      "We are a new program offering advocacy, support groups and community education to survivors of sexual violence in the Bangor region and the Piscataquis highlands. We are building a volunteer team for hospital accompaniment and outreach.",
    website: "https://pvsas.example.org",
    phone: "(207) 555-0108",
    publicEmail: null,
    town: "Bangor",
    counties: ["penobscot", "piscataquis"],
    confidentialLocation: false,
    ein: null,
    status: "pending",
    statusReason: null,
  },

  // ── Domestic violence ───────────────────────────────────────────────────────
  {
    slug: "safe-passage-dv-project",
    name: "Safe Passage Domestic Violence Project",
    kind: "domestic_violence",
    description:
      "We help people in Kennebec and Somerset counties who are being hurt by a partner or family member, including those whose abuser is also selling or controlling them. We run a 24-hour helpline, a confidential shelter, court advocacy and support groups. Everything we do is free.",
    website: "https://safe-passage.example.org",
    phone: "(207) 555-0109",
    publicEmail: "volunteer@safe-passage.example.org",
    town: "Augusta",
    counties: ["kennebec", "somerset"],
    confidentialLocation: true,
    ein: "01-0267745",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "hearthstone-dv-services",
    name: "Hearthstone Domestic Violence Services",
    kind: "domestic_violence",
    description:
      "We have served York County survivors of domestic abuse for more than thirty years with a helpline, confidential shelter, legal advocacy and children's programs. We meet people where they are and help them plan for safety on their own terms.",
    website: "https://hearthstone-dv.example.org",
    phone: "(207) 555-0110",
    publicEmail: "volunteer@hearthstone-dv.example.org",
    town: "Sanford",
    counties: ["york"],
    confidentialLocation: true,
    ein: "01-0318862",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "county-line-dv-alliance",
    name: "County Line Domestic Violence Alliance",
    kind: "domestic_violence",
    description:
      "We serve survivors of domestic violence across southern Aroostook and northern Washington counties, including families near the Canadian border. Our advocates travel to people rather than asking them to travel to us. We keep our shelter confidential and our helpline open around the clock.",
    website: "https://countyline-alliance.example.org",
    phone: "(207) 555-0111",
    publicEmail: "volunteer@countyline-alliance.example.org",
    town: "Houlton",
    counties: ["aroostook", "washington"],
    confidentialLocation: true,
    ein: "01-0480219",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "lakes-region-family-safety",
    name: "Lakes Region Family Safety Center",
    kind: "domestic_violence",
    description:
      "We offer advocacy, support groups and help with protection orders to survivors of domestic violence around Sebago Lake and into western Oxford County. We are small, rural and close to the families we serve.",
    website: "https://lakes-safety.example.org",
    phone: "(207) 555-0112",
    publicEmail: null,
    town: "Bridgton",
    counties: ["cumberland", "oxford"],
    confidentialLocation: false,
    ein: "01-0551187",
    status: "approved",
    statusReason: null,
  },

  // ── Mental health ───────────────────────────────────────────────────────────
  {
    slug: "hilltop-counseling-collaborative",
    name: "Hilltop Counseling Collaborative",
    kind: "mental_health",
    description:
      "We are a community mental health practice offering trauma-focused counseling on a sliding scale, including to people who have been trafficked or exploited. We partner with shelters and advocacy agencies in Cumberland and York counties so that no one waits months for a first appointment.",
    website: "https://hilltop-counseling.example.org",
    phone: "(207) 555-0113",
    publicEmail: "volunteer@hilltop-counseling.example.org",
    town: "Portland",
    counties: ["cumberland", "york"],
    confidentialLocation: false,
    ein: "01-0693358",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "piscataquis-community-counseling",
    name: "Piscataquis Community Counseling",
    kind: "mental_health",
    description:
      "We provide outpatient counseling, crisis support and case management in one of the most rural parts of Maine. Many of the people we see drive more than an hour, so we also offer telehealth. We welcome volunteers who can help us reach people where they live.",
    website: "https://piscataquis-counseling.example.org",
    phone: "(207) 555-0114",
    publicEmail: "volunteer@piscataquis-counseling.example.org",
    town: "Dover-Foxcroft",
    counties: ["piscataquis", "penobscot", "somerset"],
    confidentialLocation: false,
    ein: "01-0372204",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "seaward-trauma-recovery",
    name: "Seaward Trauma Recovery Center",
    kind: "mental_health",
    description:
      "We offer individual and group counseling for adults living with the effects of trauma, including sexual exploitation and abuse. Our groups meet in Belfast and Rockland, and our peer support line is open evenings.",
    website: "https://seaward-recovery.example.org",
    phone: "(207) 555-0115",
    publicEmail: "volunteer@seaward-recovery.example.org",
    town: "Belfast",
    counties: ["waldo", "knox"],
    confidentialLocation: false,
    ein: "01-0644519",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "river-valley-peer-wellness",
    name: "River Valley Peer Wellness",
    kind: "mental_health",
    description:
      "We are a peer-run wellness group in the River Valley planning drop-in hours and support circles. We hope to add volunteers as we grow.",
    website: "https://rv-peerwellness.example.org",
    phone: "(207) 555-0116",
    publicEmail: null,
    town: "Rumford",
    counties: ["oxford", "franklin"],
    confidentialLocation: false,
    ein: null,
    status: "rejected",
    statusReason: "We could not confirm the organization with the references given.",
  },

  // ── Substance use ───────────────────────────────────────────────────────────
  {
    slug: "new-day-recovery-center",
    name: "New Day Recovery Community Center",
    kind: "substance_use",
    description:
      "We are a recovery community center open seven days a week, run largely by people in recovery themselves. We host all-recovery meetings, recovery coaching, and a warm place to sit with a cup of coffee. Many of the people who walk in have been exploited in the course of their addiction, and we meet them without judgment.",
    website: "https://newday-recovery.example.org",
    phone: "(207) 555-0117",
    publicEmail: "volunteer@newday-recovery.example.org",
    town: "Auburn",
    counties: ["androscoggin", "kennebec"],
    confidentialLocation: false,
    ein: "01-0705531",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "harborview-recovery-residences",
    name: "Harborview Recovery Residences",
    kind: "substance_use",
    description:
      "We operate sober living homes for women in early recovery in greater Portland, with a house manager, a recovery coach and a house meeting every week. Several of our residents have left situations of trafficking. Volunteers help stock the houses, drive residents and teach practical skills.",
    website: "https://harborview-residences.example.org",
    phone: "(207) 555-0118",
    publicEmail: "volunteer@harborview-residences.example.org",
    town: "South Portland",
    counties: ["cumberland"],
    confidentialLocation: false,
    ein: "01-0611874",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "katahdin-recovery-coalition",
    name: "Katahdin Recovery Coalition",
    kind: "substance_use",
    description:
      "We are a coalition of people in recovery, families, clinicians and churches in the Katahdin region working to make treatment and recovery support easier to reach. We run a recovery center, a ride program to treatment and a naloxone distribution table.",
    website: "https://katahdin-recovery.example.org",
    phone: "(207) 555-0119",
    publicEmail: "volunteer@katahdin-recovery.example.org",
    town: "Millinocket",
    counties: ["penobscot", "piscataquis"],
    confidentialLocation: false,
    ein: "01-0527703",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "sunrise-recovery-hancock",
    name: "Sunrise Recovery Center of Hancock County",
    kind: "substance_use",
    description:
      "We are opening a peer recovery center in Ellsworth to serve Hancock and Washington counties. We plan to offer recovery coaching, meetings and help with housing and work.",
    website: "https://sunrise-recovery.example.org",
    phone: "(207) 555-0120",
    publicEmail: "volunteer@sunrise-recovery.example.org",
    town: "Ellsworth",
    counties: ["hancock", "washington"],
    confidentialLocation: false,
    ein: null,
    status: "pending",
    statusReason: null,
  },

  // ── Youth mentoring ─────────────────────────────────────────────────────────
  {
    slug: "big-pines-youth-mentoring",
    name: "Big Pines Youth Mentoring",
    kind: "youth_mentoring",
    description:
      "We match young people ages 8 to 18, many of them in foster care or kinship care, with a caring adult who meets them every week. A steady mentor is one of the strongest protections a young person can have against exploitation. We serve Somerset, Kennebec and Franklin counties.",
    website: "https://bigpines-mentoring.example.org",
    phone: "(207) 555-0121",
    publicEmail: "volunteer@bigpines-mentoring.example.org",
    town: "Skowhegan",
    counties: ["somerset", "kennebec", "franklin"],
    confidentialLocation: false,
    ein: "01-0466128",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "open-door-youth-network",
    name: "Open Door Youth Network",
    kind: "youth_mentoring",
    description:
      "We run a drop-in center and street outreach for young people ages 14 to 24 who are homeless or couch-surfing. We offer meals, showers, laundry, help with school and work, and adults who listen. Our mentors help young people build a life where no one can take advantage of them.",
    website: "https://opendoor-youth.example.org",
    phone: "(207) 555-0122",
    publicEmail: "volunteer@opendoor-youth.example.org",
    town: "Westbrook",
    counties: ["cumberland", "york", "androscoggin"],
    confidentialLocation: false,
    ein: "01-0588340",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "tidal-reach-mentoring",
    name: "Tidal Reach Mentoring",
    kind: "youth_mentoring",
    description:
      "We pair middle and high school students in the Midcoast with adult mentors and run after-school groups on healthy relationships, online safety and planning for life after high school. Our mentors come from every walk of life: boat builders, nurses, retirees and college students.",
    website: "https://tidalreach.example.org",
    phone: "(207) 555-0123",
    publicEmail: "volunteer@tidalreach.example.org",
    town: "Damariscotta",
    counties: ["lincoln", "knox", "sagadahoc"],
    confidentialLocation: false,
    ein: "01-0739915",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "northern-lights-youth-alliance",
    name: "Northern Lights Youth Alliance",
    kind: "youth_mentoring",
    description:
      "We serve young people in northern Aroostook County with mentoring, a teen center and a host home program for youth who cannot live at home. We work in English and French and know the towns we serve by name.",
    website: "https://northernlights-youth.example.org",
    phone: "(207) 555-0124",
    publicEmail: "volunteer@northernlights-youth.example.org",
    town: "Caribou",
    counties: ["aroostook"],
    confidentialLocation: false,
    ein: "01-0421197",
    status: "approved",
    statusReason: null,
  },

  // ── Advocacy ────────────────────────────────────────────────────────────────
  {
    slug: "safe-maine-policy-collaborative",
    name: "Safe Maine Policy Collaborative",
    kind: "advocacy",
    description:
      "We bring survivors, service providers and concerned Mainers together to change the laws and policies that leave people open to exploitation. We track bills in Augusta, help people testify, and train community groups to recognize trafficking. Our work reaches every county.",
    website: "https://safemaine-policy.example.org",
    phone: "(207) 555-0125",
    publicEmail: "volunteer@safemaine-policy.example.org",
    town: "Augusta",
    counties: ["kennebec", "cumberland", "penobscot", "york"],
    confidentialLocation: false,
    ein: "01-0356672",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "coastal-voices-for-justice",
    name: "Coastal Voices for Justice",
    kind: "advocacy",
    description:
      "We are a volunteer-led group on the coast working for fair treatment of seasonal and migrant workers and against labor trafficking. We hold community forums, write to our legislators and connect workers with legal help.",
    website: "https://coastal-voices.example.org",
    phone: "(207) 555-0126",
    publicEmail: "volunteer@coastal-voices.example.org",
    town: "Bar Harbor",
    counties: ["hancock", "waldo"],
    confidentialLocation: false,
    ein: "01-0699021",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "western-maine-justice-circle",
    name: "Western Maine Justice Circle",
    kind: "advocacy",
    description:
      "We are neighbors in Oxford and Androscoggin counties who speak up for housing, health care and safety for people at risk of exploitation. We host letter-writing nights, bring speakers to libraries and churches, and help people tell their representatives what they see.",
    website: "https://wm-justicecircle.example.org",
    phone: "(207) 555-0127",
    publicEmail: null,
    town: "Norway",
    counties: ["oxford", "androscoggin"],
    confidentialLocation: false,
    ein: null,
    status: "approved",
    statusReason: null,
  },
  {
    slug: "survivor-policy-roundtable",
    name: "Survivor Policy Roundtable",
    kind: "advocacy",
    description:
      "We want to gather people in the Bangor area to discuss policy questions related to trafficking. We meet informally and hope to grow into a standing group.",
    website: null,
    phone: "(207) 555-0128",
    publicEmail: null,
    town: "Brewer",
    counties: ["penobscot", "hancock", "waldo"],
    confidentialLocation: false,
    ein: null,
    status: "rejected",
    statusReason:
      "The application did not show a working program or a contact we could reach. You are welcome to apply again once you have one.",
  },

  // ── Legal services ──────────────────────────────────────────────────────────
  {
    slug: "pine-state-legal-access",
    name: "Pine State Legal Access Project",
    kind: "legal_services",
    description:
      "We provide free civil legal help to survivors of domestic violence, sexual assault and trafficking in southern Maine: protection from abuse orders, family matters, housing and clearing records of crimes people were forced to commit. We pair volunteer attorneys with clients and back them up with training and mentoring.",
    website: "https://pinestate-legal.example.org",
    phone: "(207) 555-0129",
    publicEmail: "volunteer@pinestate-legal.example.org",
    town: "Portland",
    counties: ["cumberland", "york", "sagadahoc"],
    confidentialLocation: false,
    ein: "01-0512946",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "new-mainers-legal-clinic",
    name: "New Mainers Legal Clinic",
    kind: "legal_services",
    description:
      "We offer immigration legal help to low-income immigrants and asylum seekers in central and southern Maine, including T visas for survivors of trafficking and U visas for victims of crime. We work with interpreters in more than a dozen languages.",
    website: "https://newmainers-legal.example.org",
    phone: "(207) 555-0130",
    publicEmail: "volunteer@newmainers-legal.example.org",
    town: "Lewiston",
    counties: ["androscoggin", "cumberland", "kennebec"],
    confidentialLocation: false,
    ein: "01-0677430",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "downeast-legal-help-line",
    name: "Downeast Legal Help Line",
    kind: "legal_services",
    description:
      "We answer legal questions by phone for people in Washington and Hancock counties who cannot afford a lawyer, and we hold monthly clinics in town libraries. Many callers are dealing with abuse, eviction or debts run up in their name by someone who controlled them.",
    website: "https://downeast-legal.example.org",
    phone: "(207) 555-0131",
    publicEmail: "volunteer@downeast-legal.example.org",
    town: "Calais",
    counties: ["washington", "hancock"],
    confidentialLocation: false,
    ein: "01-0438815",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "midcoast-protection-order-clinic",
    name: "Midcoast Protection Order Clinic",
    kind: "legal_services",
    description:
      "We are starting a clinic to help people in Lincoln, Sagadahoc and Knox counties file for protection from abuse and protection from harassment orders. Our volunteers will help with the forms and explain what to expect at the hearing.",
    website: "https://midcoast-poclinic.example.org",
    phone: "(207) 555-0132",
    publicEmail: null,
    town: "Wiscasset",
    counties: ["lincoln", "sagadahoc", "knox"],
    confidentialLocation: false,
    ein: null,
    status: "pending",
    statusReason: null,
  },

  // ── Community groups ────────────────────────────────────────────────────────
  {
    slug: "moosehead-community-pantry",
    name: "Moosehead Community Pantry and Closet",
    kind: "community",
    description:
      "We run a food pantry and free clothing closet for the Moosehead Lake region, open twice a week all year. We also keep a quiet supply of emergency bags for people who need to leave home in a hurry, stocked in partnership with regional advocates.",
    website: "https://moosehead-pantry.example.org",
    phone: "(207) 555-0133",
    publicEmail: "volunteer@moosehead-pantry.example.org",
    town: "Greenville",
    counties: ["piscataquis"],
    confidentialLocation: false,
    ein: "01-0349958",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "merrymeeting-community-council",
    name: "Merrymeeting Faith and Community Council",
    kind: "community",
    description:
      "We are congregations and civic groups around Merrymeeting Bay who pool our volunteers for the shelters, pantries and agencies nearby. When a local agency needs hands for a weekend, we find them.",
    website: "https://merrymeeting-council.example.org",
    phone: "(207) 555-0134",
    publicEmail: "volunteer@merrymeeting-council.example.org",
    town: "Topsham",
    counties: ["sagadahoc", "cumberland"],
    confidentialLocation: false,
    ein: "01-0620087",
    status: "approved",
    statusReason: null,
  },
  {
    slug: "saco-bay-neighbors",
    name: "Saco Bay Neighbors",
    kind: "community",
    description:
      "We are a neighborhood association in Saco and Biddeford that raises money and gathers goods for local shelters and youth programs. Our bake sales, bottle drives and coat drives have become a habit in town.",
    website: "https://sacobay-neighbors.example.org",
    phone: "(207) 555-0135",
    publicEmail: "volunteer@sacobay-neighbors.example.org",
    town: "Saco",
    counties: ["york"],
    confidentialLocation: false,
    ein: null,
    status: "approved",
    statusReason: null,
  },
  {
    slug: "sandy-river-neighbors-fund",
    name: "Sandy River Neighbors Fund",
    kind: "community",
    description:
      "We collect donations and organize volunteers for families in need around Farmington and the Sandy River valley. Most of our work is seasonal: school supplies, firewood and holiday gifts.",
    website: "https://sandyriver-fund.example.org",
    phone: "(207) 555-0136",
    publicEmail: "volunteer@sandyriver-fund.example.org",
    town: "Farmington",
    counties: ["franklin"],
    confidentialLocation: false,
    ein: "01-0581126",
    status: "suspended",
    statusReason:
      "Suspended while we look into a report that volunteers were asked to pay a fee to take part. Postings are hidden until the organization responds.",
  },
];

export const demoOpportunityTemplates: DemoOpportunityTemplate[] = [
  // ── Quick, no-experience help ──────────────────────────────────────────────
  {
    kinds: ["community", "shelter", "domestic_violence", "youth_mentoring"],
    title: "Bake or sell at our Saturday morning bake sale",
    summary: "Bring a batch of something homemade, or take a shift at the table, to raise money for local survivors.",
    description: `Every spring and fall we set up a bake sale outside the grocery store, and every dollar goes to emergency needs for the families we serve: a night in a motel, a bus ticket, a tank of gas.

We need two kinds of help. Bakers drop off cookies, pies, breads or whoopie pies on Friday evening or first thing Saturday. Table volunteers set up, sell, make change and chat with neighbors about what we do.

No experience needed. Teens are welcome with a parent or as part of a school or church group. Please label anything with nuts.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs", "awareness_training"],
    remote: false,
    statewide: false,
    schedule: "Saturday morning, 8 a.m. to noon",
    event: { weekdays: [6], start: "08:00", minutes: 240 },
    commitment: "One morning, or just a drop-off of baked goods",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 12,
  },
  {
    kinds: ["community", "shelter", "youth_mentoring"],
    title: "Sort and hand out coats at the winter coat drive",
    summary: "Help us sort, size and hang donated coats, hats and boots so anyone who needs one can pick out their own.",
    description: `Each winter we collect coats, boots, hats and mittens from across the county and hold a free "shop" where families, teenagers and adults can choose what fits. Picking out your own coat matters; it is not the same as being handed one.

Volunteers sort donations by size, check zippers, set aside anything that needs washing, and help shoppers find what they are looking for on distribution day.

No experience needed. Wear layers; the hall gets cold when the doors are open.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs", "prevention_youth"],
    remote: false,
    statewide: false,
    schedule: "Friday evening sorting, 5 to 8 p.m., and Saturday distribution, 9 a.m. to 2 p.m.",
    event: { months: [12, 1, 2], weekdays: [5], start: "17:00", minutes: 21 * 60 },
    commitment: "One shift or both",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 20,
  },
  {
    kinds: ["community", "shelter"],
    title: "Serve a shift at the community food pantry",
    summary: "Stock shelves, pack boxes and greet neighbors during a pantry distribution day.",
    description: `Our pantry is open twice a week, and some weeks we serve more than a hundred households. People who have just left an unsafe home often come to us first, before they have a bank account or an address.

On a shift you will unload the delivery truck, stock shelves, pack boxes for people who call ahead, and keep the line moving with a kind word. We ask that you treat everyone's visit as private; what you see at the pantry stays at the pantry.

No experience needed. You should be able to lift 25 pounds, or tell us and we will find a seated job.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Tuesday afternoon, 1 to 4 p.m.",
    event: { weekdays: [2], start: "13:00", minutes: 180 },
    commitment: "One shift; come back as often as you like",
    minimumAge: 16,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 8,
  },
  {
    kinds: ["shelter", "domestic_violence", "community", "substance_use"],
    title: "Fall yard clean-up and window day",
    summary: "Rake, stack wood, put up storm windows and get our buildings ready for winter.",
    description: `Before the snow comes we need to rake, clean gutters, stack firewood, swap screens for storm windows and put the garden beds to sleep. It is a long list for a small staff.

Come with work gloves and a rake if you have one. We supply lunch, coffee and the rest of the tools. Families, church groups and work teams are welcome to sign up together.

For the privacy of residents, volunteers work outdoors and in common areas only, and we ask that you not take photos.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Saturday in late October, 8 a.m. to 1 p.m. (rain date the following Saturday)",
    event: { months: [10], days: [20, 31], weekdays: [6], start: "08:00", minutes: 300 },
    commitment: "One morning",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Work gloves and sturdy shoes.",
    spots: 15,
  },
  {
    kinds: ["youth_mentoring", "community", "shelter"],
    title: "Pack backpacks for back-to-school night",
    summary: "Fill backpacks with school supplies for kids in foster care, shelters and host homes.",
    description: `Starting school with the right supplies is one less thing for a kid to worry about, especially one who has moved homes over the summer. Every August we pack backpacks with notebooks, pencils, calculators, a water bottle and a few fun extras.

You will work at a long table with other volunteers, packing by grade level and adding a handwritten note of encouragement if you like. It is an easy, cheerful evening.

No experience needed. Young volunteers are welcome with an adult.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["prevention_youth", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Wednesday evening in mid-August, 5:30 to 8 p.m.",
    event: { months: [8], days: [10, 20], weekdays: [3], start: "17:30", minutes: 150 },
    commitment: "One evening",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 25,
  },
  {
    kinds: ["sexual_violence", "advocacy", "community", "domestic_violence"],
    title: "Staff our table at the county fair",
    summary: "Hand out safety cards and talk with fairgoers about where to turn for help.",
    description: `Agricultural fair season is one of the best chances we have all year to reach people who would never walk into our office. We set up a table in the exhibition hall with wallet cards, lip balm with the helpline number, and a spin-the-wheel quiz about healthy relationships.

You will greet people, hand out materials and answer simple questions like "what do you do?" Staff will be on hand for anything harder. Before the fair we hold a one-hour session on what to say, and what not to say, if someone tells you something personal.

Shifts are four hours. You get free admission to the fair on the day you work.`,
    type: "one_time",
    skillLevel: "some",
    causes: ["awareness_training"],
    remote: false,
    statewide: false,
    schedule: "Fair week in August or September; shifts 10 a.m. to 2 p.m., 2 to 6 p.m. or 6 to 10 p.m.",
    event: { months: [8, 9], start: "10:00", minutes: 240 },
    commitment: "One or more four-hour shifts",
    minimumAge: 16,
    backgroundCheck: false,
    trainingProvided: true,
    trainingDetails: "A one-hour orientation the week before the fair, in person or by video call, on our services and how to respond if someone discloses abuse or exploitation.",
    requirements: null,
    spots: 18,
  },
  {
    kinds: ["shelter", "domestic_violence", "substance_use"],
    title: "Deep clean and refresh a shelter room between families",
    summary: "Help turn over rooms between stays so each new family walks into a clean, welcoming space.",
    description: `When a family moves on to housing of their own, we want the next family to find a room that feels fresh and cared for: clean mattresses, new bedding, a lamp that works, a picture on the wall.

Volunteers clean, patch small holes, make beds and set out a welcome basket. You will always work with a staff member, in rooms that are empty at the time. We will tell you where to go only after you are scheduled, and we ask you to keep that to yourself.

No experience needed. Because you will be inside the shelter, we do a background check first.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Weekday mornings as rooms open up, usually 9 a.m. to noon; we call a few days ahead",
    event: { weekdays: [1, 2, 3, 4, 5], start: "09:00", minutes: 180 },
    commitment: "One morning at a time, on call",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Must agree to keep the shelter location confidential.",
    spots: 4,
  },

  // ── Donations of goods ──────────────────────────────────────────────────────
  {
    kinds: ["domestic_violence", "sexual_violence", "shelter"],
    title: "Donate toiletry kits for people arriving with nothing",
    summary: "Put together full-size toiletry kits for survivors who leave home or come to the hospital with only what they are wearing.",
    description: `People often come to us in the middle of the night with nothing: no toothbrush, no deodorant, no change of underwear. A simple kit helps someone feel like themselves again.

We are looking for new, full-size items in a gallon zip bag: shampoo and conditioner, body wash, a toothbrush and toothpaste, deodorant, a comb or wide-tooth comb, lotion, pads or tampons, and a pair of new socks. Products for textured and curly hair are always welcome and always short.

Drop off kits at our office during business hours, or call and we will arrange a pickup. Scout troops, offices and church groups often make a project of this.`,
    type: "donation",
    skillLevel: "none",
    causes: ["survivor_services", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: null,
    commitment: "Whatever you can give, any time of year",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "New, unopened items only.",
    spots: null,
  },
  {
    kinds: ["domestic_violence", "sexual_violence", "legal_services", "substance_use"],
    title: "Give gas cards so survivors can get to court and appointments",
    summary: "Gas and bus cards cover the long drives to court, the hospital and treatment that rural survivors face.",
    description: `In much of Maine the courthouse, the hospital and the treatment program are each an hour away, and there is no bus. A $25 or $50 gas card can be the difference between making a protection order hearing and missing it.

You can mail gift cards from any station chain in the state to our office, or drop them off. We log every card and hand them out through our advocates, so they go to the people who need them.

If your business or group wants to run a card drive, we are glad to help with a flyer and a thank-you letter for donors.`,
    type: "donation",
    skillLevel: "none",
    causes: ["survivor_services", "basic_needs"],
    remote: true,
    statewide: false,
    schedule: null,
    commitment: "Any amount, any time",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: null,
  },
  {
    kinds: ["youth_mentoring", "shelter", "community"],
    title: "Donate winter gear for teens and young adults",
    summary: "Warm boots, coats, gloves and sleeping bags for young people who are homeless or couch-surfing.",
    description: `Young people without a stable place to sleep spend a lot of a Maine winter outside, walking between friends' houses, school and work. Many arrive at our door in sneakers in January.

We need new or gently used winter coats in adult sizes, insulated boots (men's 8 to 12 and women's 6 to 10 go fastest), wool socks, gloves, hats, hand warmers and zero-degree sleeping bags.

Drop off during drop-in hours or call to arrange a pickup. Please make sure coats are clean and zippers work.`,
    type: "donation",
    skillLevel: "none",
    causes: ["prevention_youth", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: null,
    commitment: "Any time from October through March",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "New or gently used, clean and in working order.",
    spots: null,
  },
  {
    kinds: ["shelter", "domestic_violence", "community"],
    title: "Donate diapers, wipes and formula for families in shelter",
    summary: "Keep our baby closet stocked for parents who arrive with infants and toddlers.",
    description: `Diapers are not covered by SNAP or WIC, and a family in crisis can go through a pack in a few days. We keep a closet of baby supplies so parents do not have to choose between diapers and groceries.

We need diapers in sizes 4, 5 and 6 and pull-ups most of all, along with wipes, diaper cream, and unopened formula that is not expired. Baby wash, bottles and teething toys are welcome too.

You can drop off at our office, order from an online store and have it shipped there, or hold a drive at your workplace. We will send a thank-you for your records.`,
    type: "donation",
    skillLevel: "none",
    causes: ["basic_needs", "survivor_services"],
    remote: true,
    statewide: false,
    schedule: null,
    commitment: "Any time",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Unopened packages only; formula must be within its date.",
    spots: null,
  },
  {
    kinds: ["substance_use", "shelter", "mental_health"],
    title: "Stock a recovery house with household basics",
    summary: "New sheets, towels, pots and pans help women in early recovery set up a home of their own.",
    description: `When a woman moves into one of our recovery houses she often brings a single bag. When she moves on to her own apartment, we want to send her with the basics so she is not starting from zero.

We are collecting new twin sheet sets, bath towels, pillows, a basic pot and pan set, dish sets, shower curtains, laundry baskets and cleaning supplies. Gift cards to a discount store also let residents choose for themselves.

Drop off at our office on weekdays. We do not list the houses' locations, so please do not bring donations to them directly.`,
    type: "donation",
    skillLevel: "none",
    causes: ["basic_needs", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: null,
    commitment: "Any time",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "New items only, please.",
    spots: null,
  },
  {
    kinds: ["domestic_violence", "sexual_violence", "legal_services"],
    title: "Donate prepaid phones and phone cards for safety planning",
    summary: "A phone the abuser does not know about can be the most important part of a safety plan.",
    description: `People who are being controlled by a partner or a trafficker often have their phones tracked, read or taken away. A basic prepaid phone that no one else knows about lets a survivor call the helpline, a lawyer or family safely.

We need new prepaid phones still in the package and prepaid minute cards from any carrier with good coverage in rural Maine. Please do not donate used smartphones; we cannot be sure they are free of tracking software.

Mail or drop off at our office. We will send a receipt.`,
    type: "donation",
    skillLevel: "none",
    causes: ["survivor_services"],
    remote: true,
    statewide: false,
    schedule: null,
    commitment: "Any time",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "New, unopened phones only.",
    spots: null,
  },
  {
    kinds: ["youth_mentoring", "shelter", "domestic_violence", "community"],
    title: "Adopt a family or teen for the holidays",
    summary: "Fill a wish list for a family in shelter or a young person in a host home.",
    description: `Each December we match donors with a family, or with a teenager living away from home, who has written a short wish list. Lists usually mix needs and wants: boots, a winter coat, a gift card for groceries, art supplies, headphones.

We share first names, ages, sizes and wishes only. You shop, wrap and drop off the gifts at our office by mid-December, and our staff deliver them. You will not meet the family, which protects their privacy, but we will pass along their thanks.

Offices, classrooms and groups of friends often adopt a family together.`,
    type: "donation",
    skillLevel: "none",
    causes: ["prevention_youth", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Sign up by mid-November; gifts due the second week of December",
    commitment: "A few hours of shopping and wrapping",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 30,
  },
  {
    kinds: ["community", "shelter", "substance_use"],
    title: "Cook and drop off a home-cooked supper",
    summary: "Make a casserole or a pot of soup for a Tuesday night supper at the shelter.",
    description: `Our kitchen is busy, and a night when a neighbor brings supper gives staff time to sit down with guests. We have a sign-up calendar with one supper a week open to volunteers.

Make a dish that feeds twelve, such as lasagna, chili, shepherd's pie, or a big pot of soup with bread, and drop it off hot or ready to reheat between 4 and 5 p.m. at the place we give you when you sign up. Please label the ingredients.

You do not need to stay, and you do not need any experience, just a good recipe.`,
    type: "donation",
    skillLevel: "none",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Tuesday evenings, drop-off between 4 and 5 p.m.",
    commitment: "One supper a month, or just once",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Label ingredients and common allergens.",
    spots: 4,
  },

  // ── Fundraising ─────────────────────────────────────────────────────────────
  {
    kinds: ["sexual_violence", "domestic_violence", "community", "advocacy"],
    title: "Crew for our fall awareness walk",
    summary: "Set up, register walkers, hand out water and cheer people across the finish line.",
    description: `Our annual walk raises a large share of the money that keeps our helpline open overnight. Hundreds of people walk a three-mile loop, many in memory or in honor of someone they love.

We need a crew to set up tents and signs, check in walkers, run the water stations, guide people at the turns and pack everything up afterwards. Crew leaders get a short briefing on the morning of the walk.

No experience needed. Crew members get a walk T-shirt and lunch.`,
    type: "fundraising",
    skillLevel: "none",
    causes: ["awareness_training", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Saturday in late September, 7 a.m. to 1 p.m.",
    commitment: "One morning",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 40,
  },
  {
    kinds: ["sexual_violence", "domestic_violence", "youth_mentoring", "community"],
    title: "Start a walk team and raise pledges",
    summary: "Gather friends, coworkers or your congregation into a team and ask the people you know to sponsor you.",
    description: `Walk teams are how most of the money for our walk is raised. A team can be three friends or an entire office, and every team has its own fundraising page.

As a team captain you set a goal, invite people to join, and send a few e-mails or posts asking for support. We give you a captain's kit with sample messages, facts about our work you can share, and a check-in call each month before the walk.

You can raise money from anywhere; walking on the day is optional.`,
    type: "fundraising",
    skillLevel: "none",
    causes: ["awareness_training", "survivor_services"],
    remote: true,
    statewide: false,
    schedule: "July through September",
    commitment: "A few hours a month over the summer",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: null,
  },
  {
    kinds: ["community", "youth_mentoring", "shelter"],
    title: "Run a bottle drive for the shelter",
    summary: "Collect returnable bottles and cans around town and turn the nickels into shelter nights.",
    description: `Maine's bottle bill turns every returnable can and bottle into five or fifteen cents, and a neighborhood full of them adds up fast. Our bottle drives pay for emergency motel nights when the shelter is full.

On drive day, volunteers staff a collection trailer, pick up bags from porches in town, and sort at the redemption center. Youth groups and sports teams are especially welcome; it is a good way to earn community service hours.

No experience needed. Dress for mess.`,
    type: "fundraising",
    skillLevel: "none",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Saturday, 9 a.m. to 2 p.m., once each season",
    commitment: "One day",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 20,
  },
  {
    kinds: ["community", "substance_use", "mental_health", "advocacy"],
    title: "Help with a bean supper fundraiser",
    summary: "Cook, serve and clean up at a Saturday night bean supper to benefit local recovery and survivor programs.",
    description: `A Saturday night bean supper at the grange hall is a Maine tradition and one of our most dependable fundraisers. We serve baked beans, hot dogs, coleslaw, brown bread and pie to about two hundred people.

We need people to bake pies ahead of time, set tables, serve, wash dishes and take money at the door. Many of our volunteers come back year after year.

No experience needed.`,
    type: "fundraising",
    skillLevel: "none",
    causes: ["basic_needs", "awareness_training"],
    remote: false,
    statewide: false,
    schedule: "Saturday evening, 4 to 8 p.m.",
    commitment: "One evening, or a pie dropped off that afternoon",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 16,
  },
  {
    kinds: ["legal_services", "advocacy", "domestic_violence", "sexual_violence", "youth_mentoring", "mental_health"],
    title: "Volunteer grant writer",
    summary: "Research and draft grant proposals to foundations that fund survivor services in Maine.",
    description: `Small agencies like ours depend on grants, but we rarely have staff time to find and write them. An experienced grant writer can change what we are able to offer.

You would research foundations and state and federal opportunities, draft proposals and reports with our program director, and keep a simple calendar of deadlines. Most of the work can be done from home, with a monthly call.

We are looking for someone with a record of successful proposals. We will share our program data, budgets and past applications with you.`,
    type: "fundraising",
    skillLevel: "specialized",
    causes: ["survivor_services", "legal_policy"],
    remote: true,
    statewide: false,
    schedule: "Flexible, around grant deadlines",
    commitment: "About 5 to 10 hours a month for at least six months",
    minimumAge: 18,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Experience writing grant proposals that were funded; please share one or two samples.",
    spots: 1,
  },
  {
    kinds: ["community", "shelter", "youth_mentoring", "domestic_violence"],
    title: "Gather items for our silent auction",
    summary: "Ask local businesses to donate gift certificates, crafts and experiences for our spring auction.",
    description: `Our spring auction raises money for the things grants will not pay for: birthday cakes for kids in shelter, driver's education for teens, first month's rent.

We need volunteers to visit or call local businesses, artists and farms and ask for donations: a dinner out, a guided fishing trip, a quilt, a cord of wood. We give you a letter explaining our work, a donation form and tips on how to ask.

Anyone comfortable talking with shop owners can do this, and much of it can be done by phone or e-mail.`,
    type: "fundraising",
    skillLevel: "none",
    causes: ["basic_needs", "prevention_youth"],
    remote: true,
    statewide: false,
    schedule: "January through March",
    commitment: "A few hours a week for six to eight weeks",
    minimumAge: 16,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 6,
  },
  {
    kinds: ["advocacy", "sexual_violence", "legal_services", "community"],
    title: "Host an online birthday or giving-day fundraiser",
    summary: "Dedicate your birthday or Giving Tuesday to our work and ask friends to give online.",
    description: `Some of our most loyal donors first heard of us because a friend asked them to give on their birthday. It takes about fifteen minutes to set up a fundraiser page, and we will send you a short description of our work, a photo you can use and a few facts that are safe to share.

We ask one thing: please do not share stories about individual survivors, even ones you have heard from us. Speak about why this matters to you.

You can do this from anywhere in Maine, or anywhere at all.`,
    type: "fundraising",
    skillLevel: "none",
    causes: ["awareness_training", "survivor_services"],
    remote: true,
    statewide: true,
    schedule: null,
    commitment: "About an hour to set up, then a few reminders",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: null,
  },

  // ── Trained roles with survivors ───────────────────────────────────────────
  {
    kinds: ["sexual_violence", "domestic_violence"],
    title: "24-hour helpline advocate",
    summary: "Answer our confidential helpline from home on overnight and weekend on-call shifts, after full training.",
    description: `Our helpline is answered by a real person every hour of every day, and most of those hours are covered by trained volunteers. Callers may be survivors of sexual assault, abuse or trafficking, their friends and families, or professionals looking for guidance.

You take calls from home on a forwarded line during your shift. You listen, help the caller think through options, share information about services, and, when needed, reach a staff advocate who can meet someone at the hospital.

Before your first shift you complete our state-certified advocate training: about 35 hours over several weeks, in person and online, followed by shadow shifts with an experienced advocate. Staff are on call behind you on every shift.

You need a quiet, private space, a reliable phone, and the willingness to hold hard conversations with care.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["survivor_services"],
    remote: true,
    statewide: false,
    schedule: "On-call shifts: weeknights 5 p.m. to 8 a.m., weekends in 12-hour blocks",
    commitment: "Two or three shifts a month for at least one year",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "About 35 hours of state-certified advocate training over five weeks, plus two shadow shifts and monthly continuing education.",
    requirements: "A private space to take calls and a reliable phone.",
    spots: 10,
  },
  {
    kinds: ["sexual_violence"],
    title: "Hospital accompaniment advocate",
    summary: "Meet survivors at the emergency department and stay with them through the exam and police interview.",
    description: `When someone comes to the emergency department after a sexual assault, they have the right to an advocate at their side. You will be that calm, steady person: explaining what happens next, making sure their choices are respected, bringing a change of clothes, and staying until they are ready to leave.

Accompaniment advocates are on call from home and drive to the hospital when paged. Most calls come at night.

You complete our full advocate training (about 35 hours) and a further session on hospital and law enforcement procedure, then go on calls with an experienced advocate before going alone.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["survivor_services"],
    remote: false,
    statewide: false,
    schedule: "On-call shifts, mostly evenings and overnight",
    commitment: "Two on-call shifts a month for at least one year",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "About 35 hours of advocate training, a 4-hour hospital and law enforcement module, and three accompaniment calls alongside an experienced advocate.",
    requirements: "A valid driver's license and a reliable car; able to reach the hospital within 45 minutes.",
    spots: 6,
  },
  {
    kinds: ["domestic_violence", "legal_services", "sexual_violence"],
    title: "Court advocate for protection order hearings",
    summary: "Sit with survivors at District Court on protection from abuse hearing days and help them through the process.",
    description: `Walking into a courtroom where the person who hurt you is sitting a few feet away is one of the hardest things a survivor can do. Our court advocates make sure no one does it alone.

On hearing days you meet clients at the courthouse, explain what to expect, help fill out forms, sit with them in the waiting area and in the courtroom, and help them understand the order afterwards. You do not give legal advice; you make sure people know where to get it.

We train you on Maine's protection from abuse process, courtroom safety and confidentiality, and you observe several hearing days with a staff advocate first.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["survivor_services", "legal_policy"],
    remote: false,
    statewide: false,
    schedule: "Weekday mornings on the court's protection order days, about 8 a.m. to 1 p.m.",
    commitment: "Two mornings a month for at least six months",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "Our advocate core training (about 30 hours) plus a court module and three observed hearing days.",
    requirements: null,
    spots: 4,
  },
  {
    kinds: ["shelter", "domestic_violence"],
    title: "Children's program helper at the shelter",
    summary: "Lead crafts, games and homework time for children staying with a parent in shelter.",
    description: `Children who come to shelter have been through a lot, and a couple of ordinary hours of play can mean a great deal. Our children's program runs after school and on Saturday mornings, while parents meet with advocates or simply get a break.

You will help plan and lead simple activities: art projects, board games, reading aloud, outdoor play, and homework help for older kids. A staff member is always present.

We provide training on how trauma shows up in children's behavior, how to respond with patience, and how to keep the shelter and its families confidential.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["prevention_youth", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Weekday afternoons, 3 to 5 p.m., or Saturday mornings, 9 to 11 a.m.",
    commitment: "One session a week for at least six months",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 6-hour orientation on trauma and children, confidentiality and safety, plus two sessions alongside staff.",
    requirements: "Must agree to keep the shelter location confidential.",
    spots: 5,
  },
  {
    kinds: ["shelter", "community", "substance_use"],
    title: "Evening kitchen volunteer",
    summary: "Cook and serve supper alongside our shelter staff and guests.",
    description: `Supper is the heart of the day at our shelter. Guests come back from work, appointments and long days, and a hot meal eaten together makes the place feel like a home.

You will help prepare a simple meal from donated food, serve, and clean up. Some guests like to cook with you, and that is welcome. Our kitchen lead will show you around on your first night.

No cooking experience needed. Because you will be with guests, we do a background check first.`,
    type: "ongoing",
    skillLevel: "none",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Any evening, 4 to 7 p.m.",
    commitment: "One evening a week or every other week",
    minimumAge: 16,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 7,
  },
  {
    kinds: ["shelter", "domestic_violence", "substance_use", "legal_services", "community"],
    title: "Volunteer driver",
    summary: "Drive survivors and shelter guests to medical visits, court, job interviews and apartment showings.",
    description: `In rural Maine, a missed ride means a missed court date, a lost job interview or an apartment that goes to someone else. Our volunteer drivers close that gap.

Rides are scheduled ahead by our staff, usually on weekdays, and can range from ten minutes across town to two hours to a specialist in Bangor or Portland. You are reimbursed for mileage at the state rate.

We train you on confidentiality, what to do if a passenger is upset, and never driving to or from the shelter in a way that could be followed. You will not need to talk about anything personal; a friendly, quiet ride is often what people want most.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["basic_needs", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Weekdays, scheduled at least two days ahead",
    commitment: "Two or three rides a month",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 3-hour driver orientation on confidentiality, safety and boundaries.",
    requirements: "A valid Maine driver's license, a clean driving record, and proof of insurance.",
    spots: 8,
  },
  {
    kinds: ["shelter", "domestic_violence", "substance_use"],
    title: "Housing search helper",
    summary: "Help shelter guests search listings, call landlords and fill out housing applications.",
    description: `Finding an apartment in Maine right now is hard for anyone. For someone with no rental history, a damaged credit report or a record from being exploited, it can feel impossible.

Housing helpers sit with guests a couple of hours a week to search listings, make calls, fill out applications and voucher paperwork, and prepare for meetings with landlords. You work with our case manager, who handles the harder conversations.

We train you on the local housing programs, tenant rights and how to support someone without taking over. Patience and persistence matter more than experience.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["basic_needs", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Weekday afternoons, flexible",
    commitment: "Two to four hours a week for at least three months",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 4-hour session on housing programs, vouchers and tenant rights in Maine, plus shadowing our case manager.",
    requirements: null,
    spots: 3,
  },
  {
    kinds: ["substance_use", "mental_health"],
    title: "Peer recovery coach",
    summary: "Walk alongside someone in early recovery, drawing on your own lived experience.",
    description: `Recovery coaches are people in long-term recovery who offer what only lived experience can: hope, practical know-how and someone who gets it. Many of the people we coach have also survived exploitation, and a coach who does not judge can be the first safe relationship they have had in years.

You meet with one or two people each week at our recovery center or by phone, help them set goals, connect with treatment, housing and work, and celebrate the small wins.

We pay for you to complete a recognized recovery coach training (about 30 hours), plus our own training on trauma and trafficking, and we provide monthly group supervision.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Flexible, including evenings",
    commitment: "Four to six hours a week for at least six months",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 30-hour recovery coach training at our cost, a 3-hour session on trauma and trafficking, and monthly group supervision.",
    requirements: "At least two years of personal recovery from substance use.",
    spots: 4,
  },
  {
    kinds: ["substance_use", "mental_health", "community"],
    title: "Welcome desk at the recovery center",
    summary: "Greet visitors, answer the phone, make the coffee and help people find the meeting or resource they need.",
    description: `Walking into a recovery center for the first time takes courage. The person at the welcome desk sets the tone for everything that follows.

You greet everyone who comes in, sign in visitors, answer the phone, keep the coffee going, and point people to meetings, coaches or resources. You will learn our resource binder and how to reach staff when someone needs more.

We provide a short training on recovery language, confidentiality and what to do in a crisis, including how to use naloxone.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["survivor_services", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Three-hour shifts, seven days a week, 9 a.m. to 9 p.m.",
    commitment: "One shift a week",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 4-hour orientation covering recovery-friendly language, confidentiality, crisis steps and naloxone use.",
    requirements: null,
    spots: 10,
  },
  {
    kinds: ["mental_health", "sexual_violence", "domestic_violence"],
    title: "Co-facilitate a peer support group",
    summary: "Help a staff facilitator run a weekly support group for adult survivors.",
    description: `Our weekly support groups give adult survivors of abuse and exploitation a place to be understood without having to explain. Each group is led by a staff clinician with a trained peer co-facilitator.

As co-facilitator you help set up the room, welcome members, keep time, share when it helps the group, and follow up with the facilitator afterwards. Many of our co-facilitators are survivors themselves, though that is not required.

We train you in group agreements, trauma-informed facilitation and self-care, and you sit in on a full group cycle before co-leading.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["survivor_services"],
    remote: false,
    statewide: false,
    schedule: "One weekday evening, 6 to 7:30 p.m.",
    commitment: "Weekly for one ten-week group cycle, with the option to continue",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 12-hour facilitator training and observation of one full ten-week group.",
    requirements: null,
    spots: 2,
  },

  // ── Credentials required ────────────────────────────────────────────────────
  {
    kinds: ["mental_health", "sexual_violence", "domestic_violence", "shelter"],
    title: "Licensed clinician for pro bono trauma counseling",
    summary: "See one or two survivors of trafficking or abuse a week at no cost to them, in person or by telehealth.",
    description: `Survivors of trafficking often wait months for counseling, or cannot pay for it at all, especially those without health insurance. A few hours a week from a licensed clinician can shorten that wait for someone in crisis.

You would carry a small caseload of adult clients referred by our advocates, at our office or by secure telehealth. We handle intake, scheduling and a private room; you provide the counseling and keep your own clinical records.

Experience with complex trauma, and approaches such as trauma-focused CBT, EMDR or similar, is a strong plus. We offer a monthly consultation group with other volunteer clinicians and training on the particular needs of people who have been trafficked.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Flexible, by arrangement; evening hours especially needed",
    commitment: "Two to four client hours a week for at least one year",
    minimumAge: null,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "A current Maine license as an LCSW, LCPC, psychologist or psychiatric nurse practitioner, and your own professional liability insurance.",
    spots: 3,
  },
  {
    kinds: ["mental_health", "substance_use", "sexual_violence", "domestic_violence"],
    title: "Clinical supervisor for advocates and peer staff",
    summary: "Offer monthly group consultation by video to advocates and recovery coaches who carry heavy stories.",
    description: `Our advocates and peer staff hear hard things every day. Regular reflective supervision from a seasoned clinician helps them stay well and keeps our services safe.

You would lead a one-hour group consultation by video once or twice a month for a team of six to ten people, and be available for an occasional consult on a difficult case. You do not carry a caseload.

This is a good fit for a semi-retired clinician or someone in private practice who wants to give back without adding clients.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services", "awareness_training"],
    remote: true,
    statewide: false,
    schedule: "One or two weekday lunch hours a month, by video",
    commitment: "Two hours a month for at least one year",
    minimumAge: null,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Independent clinical licensure in Maine (LCSW, LCPC or psychologist) and at least five years of experience with trauma; supervision experience preferred.",
    spots: 1,
  },
  {
    kinds: ["sexual_violence"],
    title: "Sexual assault nurse examiner (SANE) for on-call coverage",
    summary: "Help us cover nights and weekends so survivors do not have to travel to another county for a forensic exam.",
    description: `When no trained examiner is on call, a survivor may have to drive an hour or more to another hospital for a forensic exam, or give up on it. We are working with our local hospital to build a full on-call schedule, and we need more nurses.

You would take on-call shifts for adult and adolescent exams at the hospital, in partnership with our advocates, who meet every patient. We cover the cost of continuing education and peer review.

If you are a nurse interested in becoming a SANE, tell us; we can help connect you with the training.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services"],
    remote: false,
    statewide: false,
    schedule: "On-call shifts, nights and weekends",
    commitment: "Two to four on-call shifts a month",
    minimumAge: null,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "A current Maine RN license and completed SANE training for adults and adolescents (SANE-A or equivalent); hospital credentialing is arranged through our partner hospital.",
    spots: 2,
  },
  {
    kinds: ["legal_services", "domestic_violence", "sexual_violence"],
    title: "Pro bono attorney for protection from abuse cases",
    summary: "Represent a survivor at a protection from abuse hearing in District Court, with our staff attorney behind you.",
    description: `Most people who ask the court for a protection from abuse order go in alone, and many of them face a lawyer on the other side. Having an attorney of their own changes the outcome.

We match volunteer attorneys with one case at a time. A case typically means a phone meeting with the client, a review of the complaint and any evidence, and a single contested hearing. Our advocates handle safety planning and practical support.

New to family law? We offer a free training with CLE credit, sample pleadings, and a staff attorney you can call any time. Malpractice coverage is provided for cases taken through our program.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["legal_policy", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Hearings are on weekday mornings; prep time is flexible",
    commitment: "One to three cases a year",
    minimumAge: null,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Admission to the Maine bar and good standing. Prior family law experience is not required.",
    spots: 10,
  },
  {
    kinds: ["legal_services", "advocacy"],
    title: "Pro bono immigration attorney for T visa applications",
    summary: "Help a survivor of trafficking apply for a T visa and a path to permanent residence, from anywhere in Maine.",
    description: `People trafficked into or within the United States may qualify for a T visa, which gives them lawful status, the right to work and, in time, a green card. The application is long, and very few attorneys in Maine have time to take these cases on for free.

We match volunteer attorneys with a client who has already been screened, and we provide templates, a mentor who has filed T visas, and interpreters as needed. Meetings can happen by video, so you can take a case from anywhere in the state.

Immigration experience is helpful but not required; we have trained corporate, family and criminal lawyers to do this work well.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["legal_policy", "survivor_services"],
    remote: true,
    statewide: true,
    schedule: "Flexible",
    commitment: "One case, usually 30 to 60 hours spread over a year",
    minimumAge: null,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Admission to the bar in any U.S. state and good standing; malpractice coverage is provided through our program.",
    spots: 5,
  },
  {
    kinds: ["legal_services"],
    title: "Paralegal or law student for intake and case preparation",
    summary: "Interview new clients, draft declarations and organize evidence under an attorney's supervision.",
    description: `Our attorneys spend hours on work a trained paralegal could do: first interviews, gathering documents, drafting declarations and indexing exhibits. Your help lets them take more cases.

You would work at our office or remotely on assigned files, under the supervision of a staff attorney. Law students can use this work toward a pro bono requirement and can ask about clinic credit.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["legal_policy", "survivor_services"],
    remote: false,
    statewide: false,
    schedule: "Weekdays, flexible hours",
    commitment: "Six to ten hours a week for a semester",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "A paralegal certificate or at least one year of law school.",
    spots: 3,
  },
  {
    kinds: ["legal_services", "sexual_violence", "domestic_violence", "mental_health", "shelter"],
    title: "Somali interpreter for advocacy and legal appointments",
    summary: "Interpret between Somali and English for survivors meeting with advocates, attorneys and counselors.",
    description: `Many Somali-speaking families in Lewiston, Auburn and Portland do not reach out to us because they cannot be sure they will be understood, or because a relative would have to interpret. A trained, neutral interpreter makes it safe to speak.

You would interpret at appointments with advocates, attorneys and counselors, in person or by phone. We schedule ahead whenever we can. Everything you hear is confidential.

We offer a short orientation on the words and situations that come up in our work, and on caring for yourself after difficult sessions. We pay a stipend for each appointment.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services", "legal_policy"],
    remote: false,
    statewide: false,
    schedule: "Weekdays, scheduled ahead; some evenings",
    commitment: "Two to four appointments a month",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Fluency in Somali and English, and completed interpreter training (medical, legal or community interpreting). You may not interpret for people you know personally.",
    spots: 3,
  },
  {
    kinds: ["domestic_violence", "youth_mentoring", "shelter", "mental_health"],
    title: "French interpreter in the St. John Valley",
    summary: "Interpret in French for families and young people working with our advocates and mentors in northern Aroostook.",
    description: `French is still the first language in many homes along the St. John Valley, and it is also the language of many newer Mainers from Central Africa. People in a crisis want to speak in the language they feel in.

You would interpret during appointments, court hearings and family meetings, in person or by phone. We will tell you ahead of time what the meeting is about and who will be there, so you can say no if you know the family.

We pay a stipend for each appointment and reimburse mileage.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services", "prevention_youth"],
    remote: false,
    statewide: false,
    schedule: "Scheduled ahead, mostly weekdays",
    commitment: "As available; about two appointments a month",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Fluency in French and English; formal interpreter training or certification preferred.",
    spots: 2,
  },
  {
    kinds: ["legal_services", "sexual_violence", "domestic_violence", "advocacy"],
    title: "Phone interpreter: Portuguese, Spanish or Arabic",
    summary: "Interpret by phone for helpline calls and legal consultations anywhere in Maine.",
    description: `More and more of the people who call us speak Portuguese, Spanish or Arabic, and many of them live in towns where no in-person interpreter is available. A phone interpreter who knows our work can help someone be heard the first time they reach out.

You join calls from home when we page you, interpreting for advocates and attorneys. Calls range from a ten-minute helpline conversation to an hour-long legal interview.

We are especially looking for Angolan and Brazilian Portuguese, Central American Spanish, and Arabic speakers familiar with Iraqi, Syrian or Sudanese usage.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services", "legal_policy"],
    remote: true,
    statewide: true,
    schedule: "On-call blocks you choose, including evenings",
    commitment: "At least four hours of on-call time a month",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Fluency in English and in Portuguese, Spanish or Arabic, plus completed interpreter training or certification.",
    spots: 6,
  },
  {
    kinds: ["shelter", "substance_use", "domestic_violence", "youth_mentoring"],
    title: "Licensed electrician or plumber for shelter repairs",
    summary: "Donate a few hours of licensed trade work to fix wiring, fixtures and plumbing at our buildings.",
    description: `Our buildings are old and well used. A leaking water heater or a failing circuit is more than an inconvenience when families depend on the place for shelter, and hiring out every repair takes money from our programs.

We keep a short list of repairs that need a licensed tradesperson. You would come on a weekday, with staff present and residents elsewhere, and we cover the cost of materials.

If you have a crew or an apprentice, even better. We will gladly thank your business by name in our newsletter.`,
    type: "one_time",
    skillLevel: "specialized",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Weekday, 8 a.m. to 3 p.m., on a date that suits you",
    event: { weekdays: [1, 2, 3, 4, 5], start: "08:00", minutes: 420 },
    commitment: "One job at a time",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "A current Maine electrician's or plumber's license.",
    spots: 2,
  },
  {
    kinds: ["shelter", "community", "domestic_violence", "youth_mentoring"],
    title: "Fix-up Saturday: paint, patch and build",
    summary: "Join a crew to paint, replace trim, build shelving and fix the small things that wear down a busy building.",
    description: `Twice a year we bring in a crew of handy volunteers to tackle the list that staff never get to: scuffed walls, sticking doors, a broken porch step, shelves for the donation room.

A volunteer crew lead with building experience runs the day and assigns tasks by skill. If you are good with a drill, great; if you can paint a straight line, we need you too.

Bring your own tools if you have them. We provide materials, lunch and coffee. Volunteers work in areas closed to residents for the day.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Saturday, 8 a.m. to 3 p.m., in May and October",
    event: { months: [5, 10], weekdays: [6], start: "08:00", minutes: 420 },
    commitment: "One day",
    minimumAge: 16,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 12,
  },
  {
    kinds: ["shelter", "mental_health", "substance_use"],
    title: "Trauma-informed yoga or movement teacher",
    summary: "Lead a gentle weekly class for women in shelter or early recovery.",
    description: `For many survivors, the body is where trauma lingers. A gentle, choice-based movement class can help people feel safe in their bodies again.

You would lead a 45-minute class once a week for a small group, using chairs or mats, with no hands-on adjustments. Attendance changes week to week, and everyone is welcome to simply sit and breathe.

We provide the space, mats and a staff member in the room.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["survivor_services"],
    remote: false,
    statewide: false,
    schedule: "One weekday morning or evening a week",
    commitment: "Weekly for at least three months",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "A 200-hour yoga teacher certification (or equivalent in another movement practice) and training in trauma-sensitive instruction.",
    spots: 1,
  },

  // ── Youth and prevention ───────────────────────────────────────────────────
  {
    kinds: ["youth_mentoring", "community"],
    title: "Mentor a young person in foster care",
    summary: "Spend a few hours a week with a young person in foster or kinship care and be an adult they can count on.",
    description: `Young people in foster care often have many adults in their lives who are paid to be there, and few who simply choose to be. A mentor who shows up week after week builds the kind of trust that protects a young person from people who would exploit them.

You and your mentee decide together what to do: fishing, a trip to the library, shooting hoops, cooking, working on a résumé. Our staff match you carefully, check in monthly, and are there when questions come up.

We train you on building trust, boundaries, the foster care system, and the warning signs of grooming and exploitation, so you will know what to notice and who to call.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["prevention_youth"],
    remote: false,
    statewide: false,
    schedule: "A few hours a week, at times you and your mentee choose",
    commitment: "At least one year",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "An 8-hour mentor training, including a module on recognizing grooming and exploitation, plus monthly check-ins with a match coordinator.",
    requirements: "A valid driver's license and insurance if you will drive your mentee.",
    spots: 12,
  },
  {
    kinds: ["youth_mentoring", "shelter"],
    title: "Drop-in center mentor for youth experiencing homelessness",
    summary: "Be a steady adult presence at our drop-in center for young people ages 14 to 24.",
    description: `Our drop-in center is where young people who are homeless or couch-surfing come for a meal, a shower, a laundry machine and someone to talk to. Traffickers know that a young person without a safe place to sleep is easy to approach; we want to be there first.

As a drop-in mentor you share meals, play cards, help with a job application or a school assignment, and listen. Over time some young people will ask to meet with you one-on-one for help with a specific goal.

We train you on youth homelessness, trauma, boundaries and how to respond if a young person tells you they are being exploited.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["prevention_youth", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Weekday afternoons, 2 to 6 p.m.",
    commitment: "One afternoon a week for at least six months",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 10-hour training on youth homelessness, trauma-informed care, boundaries and responding to disclosures of exploitation, then two shifts paired with staff.",
    requirements: null,
    spots: 6,
  },
  {
    kinds: ["youth_mentoring", "shelter", "community"],
    title: "Homework and GED tutor",
    summary: "Help teens and young adults catch up in school or prepare for the high school equivalency test.",
    description: `Many of the young people we serve have changed schools several times or left school to survive. Getting back on track, or earning a high school credential, opens doors that keep them safer.

Tutors meet with one or two students a week, usually in math, reading and writing. You do not need to be a teacher, only patient and willing to learn alongside your student.

We provide a short training on working with young people who have experienced trauma, and materials for the equivalency test.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["prevention_youth"],
    remote: false,
    statewide: false,
    schedule: "After school or evenings, one or two hours a session",
    commitment: "Weekly for at least one school semester",
    minimumAge: 18,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 3-hour tutor orientation on trauma-informed tutoring and the high school equivalency test.",
    requirements: null,
    spots: 8,
  },
  {
    kinds: ["youth_mentoring", "sexual_violence", "advocacy"],
    title: "Co-lead healthy relationships groups in middle schools",
    summary: "Help our prevention educator lead a six-week group on healthy relationships, consent and online safety.",
    description: `Prevention starts early. Our six-week groups give seventh and eighth graders a space to talk about friendship, dating, consent, and how to spot someone online who is trying to manipulate them.

You co-lead the group with a staff prevention educator, using our curriculum. You lead some activities, help with small-group discussions and are another trusted adult in the room.

We provide the full curriculum training, and you observe one complete group before co-leading.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["prevention_youth", "awareness_training"],
    remote: false,
    statewide: false,
    schedule: "One school-day period a week, during the school year",
    commitment: "One six-week group at a time, with at least two groups a year",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: true,
    trainingDetails: "A 12-hour curriculum training plus observation of one full six-week group.",
    requirements: null,
    spots: 4,
  },
  {
    kinds: ["youth_mentoring", "shelter", "community"],
    title: "Teach a life-skills workshop for young adults",
    summary: "Share a practical skill, such as cooking on a budget, opening a bank account or car care, with young people starting out on their own.",
    description: `Young people leaving foster care or a youth shelter are often expected to manage rent, bills and groceries on their own at eighteen. A single evening of practical teaching from someone who knows the ropes can help.

Tell us what you know: budgeting, cooking, changing a tire, filing taxes, job interviews, reading a lease. You would lead one 90-minute workshop for a small group, with a staff member present.

No teaching experience needed. We help you plan the session.`,
    type: "one_time",
    skillLevel: "none",
    causes: ["prevention_youth", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Weeknight evening, 6 to 7:30 p.m.",
    event: { weekdays: [1, 2, 3, 4], start: "18:00", minutes: 90 },
    commitment: "One evening, with a planning call beforehand",
    minimumAge: 21,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 1,
  },

  // ── Advocacy and policy ─────────────────────────────────────────────────────
  {
    kinds: ["advocacy", "sexual_violence", "domestic_violence", "legal_services"],
    title: "Testify before the Legislature in Augusta",
    summary: "Speak to a legislative committee at the State House about bills that affect survivors and people at risk.",
    description: `Legislators listen closely to constituents who come to Augusta and speak from their own experience, whether as a survivor, a nurse, a teacher, a parent or a business owner. A few minutes of testimony can change a vote.

During the session we alert you to public hearings on bills we are following. We help you write three minutes of testimony in your own words, explain how a hearing works, and, if you like, go with you. You may also submit written testimony or testify by video.

Before your first hearing we hold a short training on the legislative process and on speaking about trafficking without sharing anyone's private story.`,
    type: "advocacy",
    skillLevel: "some",
    causes: ["legal_policy"],
    remote: false,
    statewide: true,
    schedule: "Weekdays during the legislative session, January through April or June",
    commitment: "One or more hearings a session",
    minimumAge: 16,
    backgroundCheck: false,
    trainingProvided: true,
    trainingDetails: "A 90-minute training, by video, on how a bill becomes law in Maine, how to write testimony, and how to speak about trafficking safely.",
    requirements: null,
    spots: null,
  },
  {
    kinds: ["advocacy", "community", "legal_services"],
    title: "Letter-writing night for fair policy",
    summary: "Write personal letters and postcards to your state legislators about bills that protect people from exploitation.",
    description: `A handwritten letter from a constituent still gets read. Once a month during the session we gather at the library with coffee, postcards and a short briefing on the bills that matter most that month.

We bring talking points, addresses for every legislator, stamps and snacks. You bring your own words. Past letters have supported housing for young people leaving foster care, health coverage for low-income adults, and clearing the records of people forced into crimes by their traffickers.

No experience needed.`,
    type: "advocacy",
    skillLevel: "none",
    causes: ["legal_policy"],
    remote: false,
    statewide: false,
    schedule: "Second Tuesday of each month, 6 to 8 p.m., January through April",
    commitment: "One evening, or as many as you like",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: 25,
  },
  {
    kinds: ["advocacy", "domestic_violence", "substance_use", "mental_health"],
    title: "Join our action alert network",
    summary: "Get a short e-mail when a key vote is coming and make a two-minute call or send a message to your legislator.",
    description: `Some weeks in the legislative session, a bill's fate is decided by how many calls come in. Our action alert network makes sure lawmakers hear from people in every county.

When a key vote is coming, we send a short e-mail with the bill, what we are asking for, a sample message, and your legislators' contact details. You call or write in your own words. It takes a few minutes, from anywhere.

We send only a handful of alerts a year and never share your contact information.`,
    type: "advocacy",
    skillLevel: "none",
    causes: ["legal_policy", "awareness_training"],
    remote: true,
    statewide: true,
    schedule: null,
    commitment: "A few minutes, a few times a year",
    minimumAge: 14,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: null,
    spots: null,
  },
  {
    kinds: ["advocacy", "mental_health", "substance_use", "community"],
    title: "Advocate for health coverage for low-income adults",
    summary: "Help gather and share the story of how gaps in health coverage leave adults open to exploitation.",
    description: `Many adults who have been exploited have no children in their care and very low incomes, and whether they can get health coverage, including mental health and substance use treatment, depends on state policy. Coverage is one of the strongest supports for recovery.

Volunteers meet with their own legislators during district office hours, write letters to the editor, and collect short, anonymous accounts from providers about what happens when people cannot get care. We train you on the policy, on talking points, and on telling these stories without identifying anyone.`,
    type: "advocacy",
    skillLevel: "some",
    causes: ["legal_policy", "basic_needs"],
    remote: false,
    statewide: true,
    schedule: "Flexible",
    commitment: "Two to four hours a month",
    minimumAge: 18,
    backgroundCheck: false,
    trainingProvided: true,
    trainingDetails: "A 2-hour policy briefing and a follow-up session on meeting with legislators and writing for newspapers.",
    requirements: null,
    spots: 15,
  },
  {
    kinds: ["advocacy", "legal_services"],
    title: "Bill tracking and policy research",
    summary: "Follow bills through the Legislature and write short, plain summaries for our coalition.",
    description: `Each session hundreds of bills touch on housing, child welfare, health care, labor and criminal justice, and any one of them can affect people at risk of trafficking. We need help keeping track.

You would monitor assigned committees, read bills and amendments, watch hearings online, and write one-page summaries and weekly updates in plain language. During the interim you might research how other states have handled a policy question.

Work is remote, with a weekly video check-in.`,
    type: "advocacy",
    skillLevel: "specialized",
    causes: ["legal_policy"],
    remote: true,
    statewide: true,
    schedule: "Weekly during the legislative session",
    commitment: "Five to eight hours a week, January through June",
    minimumAge: 18,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "A background in law, public policy or legislative work (including as a student), and strong plain-language writing.",
    spots: 3,
  },
  {
    kinds: ["advocacy", "sexual_violence", "domestic_violence"],
    title: "Data volunteer for the statewide needs report",
    summary: "Clean and analyze service data from agencies across Maine to show where needs go unmet, county by county.",
    description: `Every year we publish a short report showing where survivors are asking for help and where the services are not there to meet them. Legislators, funders and agencies use it to decide where to invest.

We need someone who can bring together anonymous counts from dozens of agencies, check them for errors, and produce clear tables and maps by county. All data you receive is already stripped of names and details.

Work is remote and fits around your schedule, with the heaviest stretch in the fall.`,
    type: "advocacy",
    skillLevel: "specialized",
    causes: ["legal_policy", "awareness_training"],
    remote: true,
    statewide: true,
    schedule: "Flexible; most work September through November",
    commitment: "About 40 hours over three months",
    minimumAge: 18,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Experience with spreadsheets or a statistics tool (R, Python, or similar) and with making clear charts or maps.",
    spots: 1,
  },
  {
    kinds: ["domestic_violence", "advocacy", "legal_services"],
    title: "Court watch volunteer",
    summary: "Observe protection order and criminal hearings and record how survivors are treated in court.",
    description: `What happens in a courtroom shapes whether survivors trust the system enough to come back. Our court watch program puts trained volunteers in public hearings to observe and record, in a simple form, how cases are handled.

You sit in the public gallery, take notes on timing, language and outcomes, and never approach anyone involved. We use what we learn, without names, in conversations with judges, prosecutors and lawmakers.

We train you on court procedure, the observation form, and how to stay neutral.`,
    type: "advocacy",
    skillLevel: "some",
    causes: ["legal_policy"],
    remote: false,
    statewide: false,
    schedule: "Weekday mornings, 8:30 a.m. to noon",
    commitment: "Two mornings a month for six months",
    minimumAge: 18,
    backgroundCheck: false,
    trainingProvided: true,
    trainingDetails: "A 4-hour training on court procedure, the observation form and neutrality, plus one morning observing with an experienced volunteer.",
    requirements: null,
    spots: 6,
  },

  // ── Awareness and training ─────────────────────────────────────────────────
  {
    kinds: ["advocacy", "sexual_violence", "community", "youth_mentoring"],
    title: "Community awareness presenter",
    summary: "Give our one-hour talk on recognizing trafficking and exploitation to civic groups, churches and libraries.",
    description: `Most Mainers picture trafficking as something that happens somewhere else. Our one-hour talk helps people see what it can look like in their own town, and what to do if they are worried about someone.

Presenters give the talk to Rotary clubs, congregations, parent groups and library audiences, using our slides and handouts. You would give one or two talks a season, close to home.

We train you on the content, on answering hard questions, and on staying away from myths and sensational stories. You co-present with an experienced speaker before going on your own.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["awareness_training"],
    remote: false,
    statewide: true,
    schedule: "Evenings and weekends, as talks are booked",
    commitment: "One or two talks a season for at least a year",
    minimumAge: 18,
    backgroundCheck: false,
    trainingProvided: true,
    trainingDetails: "A 6-hour presenter training on trafficking in Maine, the presentation, and handling questions, followed by one co-presented talk.",
    requirements: null,
    spots: 10,
  },
  {
    kinds: ["advocacy", "sexual_violence", "substance_use", "mental_health"],
    title: "Co-train hotel, trucking and front-line staff",
    summary: "Help deliver our recognition-and-response training to front-line workers who may see trafficking first.",
    description: `Hotel clerks, truck stop cashiers, bus drivers, pharmacy staff and emergency department workers are often the first people to see signs of trafficking. Our two-hour training helps them recognize what they are seeing and respond safely.

You would co-deliver trainings with our staff at workplaces across the region, and sometimes by video. You bring your own experience in the field to make the examples real.

This role suits someone with professional experience in hospitality, transportation, health care, law enforcement or social services.`,
    type: "ongoing",
    skillLevel: "specialized",
    causes: ["awareness_training"],
    remote: false,
    statewide: true,
    schedule: "Weekdays, as trainings are booked",
    commitment: "About one training a month",
    minimumAge: 21,
    backgroundCheck: false,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "At least three years of professional experience in hospitality, transportation, health care, law enforcement or social services, and experience teaching adults.",
    spots: 4,
  },
  {
    kinds: ["advocacy", "community", "youth_mentoring", "legal_services"],
    title: "Social media and newsletter helper",
    summary: "Help us write posts and a monthly newsletter that share our work without exposing anyone we serve.",
    description: `We want more Mainers to know what we do and how to help, but our staff rarely have time to post. A volunteer who enjoys writing and design can make a real difference.

You would draft posts for our social media pages and help put together a monthly e-mail newsletter, using photos and updates that staff approve. We never share photos or stories of the people we serve, so the work is about our volunteers, events and needs.

We walk you through our privacy rules and brand guide before you start. All the work is done from home.`,
    type: "ongoing",
    skillLevel: "some",
    causes: ["awareness_training"],
    remote: true,
    statewide: false,
    schedule: "Flexible",
    commitment: "Two to four hours a week",
    minimumAge: 16,
    backgroundCheck: false,
    trainingProvided: true,
    trainingDetails: "A one-hour video session on our privacy rules for survivors, our style guide and the tools we use.",
    requirements: null,
    spots: 2,
  },

  // ── Office ──────────────────────────────────────────────────────────────────
  {
    kinds: ["advocacy", "legal_services", "mental_health", "community", "sexual_violence"],
    title: "Office and data entry help",
    summary: "Enter donations, update mailing lists, assemble packets and keep the front office running.",
    description: `Behind every helpline call and every court date is paperwork. Our office volunteers keep the donor database current, send thank-you letters, assemble training packets and answer the main line when staff are out.

You will work from our office during regular hours, at a desk away from client areas. We show you the database and the way we like things done.

No experience needed, though comfort with a computer and spreadsheets helps.`,
    type: "ongoing",
    skillLevel: "none",
    causes: ["awareness_training", "basic_needs"],
    remote: false,
    statewide: false,
    schedule: "Weekdays, 9 a.m. to 4 p.m., any few hours",
    commitment: "A half day a week",
    minimumAge: 16,
    backgroundCheck: true,
    trainingProvided: false,
    trainingDetails: null,
    requirements: "Must agree to keep any information you see confidential.",
    spots: 3,
  },
];
