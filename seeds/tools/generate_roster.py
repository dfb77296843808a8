#!/usr/bin/env python3
"""Generates seeds/organisations.json and seeds/mediators.json: Longhua's 119 mediation
organisations and its roster (150 grid mediators, 179 professional mediators and experts, 15 staff
mediators). Names are invented; everything is derived from seeds/org-tree.json with a fixed random
seed, so a rerun gives the same files:

    python3 seeds/tools/generate_roster.py

Two demo users keep their place (seeds/README.md): grid.minle is 民乐's only mediator who takes
LABOR disputes, so the walking skeleton's labour report there is always hers; mediator.chen stays
in the district pool (center `longhua`).
"""
import json
import random
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent
rng = random.Random(20261124)

tree = json.loads((SEEDS / "org-tree.json").read_text(encoding="utf-8"))
streets = [u for u in tree if u["level"] == "STREET"]
communities = [u for u in tree if u["level"] == "COMMUNITY"]


def slug(code):
    return code.split(".")[-1].upper()


def short(name):
    """民治街道 → 民治, 民乐社区 → 民乐"""
    return name.removesuffix("街道").removesuffix("社区")


# --- names: common surnames of Guangdong and of the migrants who live in Longhua --------------
SURNAMES = (
    "陈李黄张刘林王吴杨郑梁罗何曾钟叶邓赖谢廖周徐朱许蔡温邱彭胡郭肖卢冯潘余江戴唐苏范杜汤方袁马高孙丁龚姚严邹钱董魏"
)
GIVEN = """建华 志明 秀英 丽萍 伟强 国栋 海燕 晓燕 俊杰 文华 淑芬 振兴 美玲 慧敏 永红 嘉欣 子豪 家明 少芳
锦华 婉婷 泽鹏 思敏 浩然 雪梅 德明 玉兰 春生 桂英 耀辉 佩珊 伟文 志刚 秋霞 国强 月娥 宏伟 丽君 惠芳 金凤
少华 建军 红梅 海涛 晓东 丽华 卫东 翠萍 亚明 彩霞 永强 秀珍 志坚 小燕 建平 伟明 碧云 振华 丽娟 国平 美华
瑞祥 晓丽 冬梅 少伟 文杰 玉珍 家豪 凤仪 泽华 素琴 汉明 燕玲 锦荣 绮雯 伟雄 淑仪 国华 晓峰 雅琪 志远""".split()
used_names = set()


def person(surname=None):
    while True:
        name = (surname or rng.choice(SURNAMES)) + rng.choice(GIVEN)
        if name not in used_names:
            used_names.add(name)
            return name


HAKKA_STREETS = {"longhua.guanlan", "longhua.dalang", "longhua.guanhu", "longhua.fucheng"}


def languages(center, english=0.0):
    spoken = ["普通话"]
    if rng.random() < 0.35:
        spoken.append("粤语")
    hakka = 0.3 if any(center == s or center.startswith(s + ".") for s in HAKKA_STREETS) else 0.1
    if rng.random() < hakka:
        spoken.append("客家话")
    if rng.random() < 0.1:
        spoken.append("潮汕话")
    if rng.random() < english:
        spoken.append("英语")
    return spoken


# --- organisations ---------------------------------------------------------------------------
organisations = []


def org(code, name, kind, center, sample=True):
    organisations.append(
        {"code": code, "name": name, "kind": kind, "centerCode": center, "active": True,
         "sample": sample})
    return code


INSTITUTE = org("ORG-DISTRICT-INSTITUTE", "龙华区调解院", "MEDIATION_INSTITUTE", "longhua", False)
org("ORG-DISTRICT-PMC", "龙华区人民调解委员会", "PEOPLES_COMMITTEE", "longhua")

# District industry and professional committees: code suffix, name, specialties of their experts
# (no MEDICAL category exists yet: medical disputes are service contracts until intake adds one),
# and how likely an expert speaks English.
DISTRICT_SECTORS = [
    ("MEDICAL", "龙华区医疗纠纷人民调解委员会", ["CONTRACT"], 0.1),
    ("TRAFFIC", "龙华区道路交通事故纠纷人民调解委员会", ["TRAFFIC"], 0.0),
    ("CONSUMER", "龙华区消费纠纷人民调解委员会", ["CONSUMER", "CONTRACT"], 0.05),
    ("FAMILY", "龙华区婚姻家庭纠纷人民调解委员会", ["FAMILY", "NEIGHBOR"], 0.0),
    ("LABOR", "龙华区劳动人事争议调解委员会", ["LABOR"], 0.05),
    ("PROPERTY", "龙华区物业纠纷人民调解委员会", ["PROPERTY_MGMT", "TENANCY"], 0.0),
    ("CONSTRUCTION", "龙华区建设工程纠纷人民调解委员会", ["CONTRACT", "LABOR"], 0.0),
    ("FINANCE", "龙华区金融纠纷调解委员会", ["CONTRACT"], 0.3),
    ("IP", "龙华区知识产权纠纷人民调解委员会", ["CONTRACT"], 0.4),
    ("TENANCY", "龙华区房屋租赁纠纷人民调解委员会", ["TENANCY", "PROPERTY_MGMT"], 0.0),
    ("ECOMMERCE", "龙华区电子商务纠纷调解委员会", ["CONSUMER", "CONTRACT"], 0.25),
    ("COURT", "龙华区诉调对接人民调解委员会", ["CONTRACT", "TRAFFIC", "LABOR", "FAMILY"], 0.05),
    ("PETITION", "龙华区信访事项人民调解委员会", ["NEIGHBOR", "PROPERTY_MGMT", "LABOR"], 0.0),
    ("LAWYERS", "龙华区律师调解中心", ["CONTRACT", "LABOR", "FAMILY", "TENANCY"], 0.3),
]
for suffix, name, _, _ in DISTRICT_SECTORS:
    org("ORG-DISTRICT-" + suffix, name, "INDUSTRY_PROFESSIONAL", "longhua")

PARK_WORDS = ("鸿达 锦绣 宏发 汇隆 德丰 正兴 恒昌 瑞泰 嘉信 富安 华盛 东升 民兴 瑞丰 万通 兴达 龙腾 永昌 "
              "信和 广源 金桥 天成 联创 泰丰 宝达 祥和 丰泽 广利 荣昌 裕丰").split()
PARK_KINDS = ["科技园", "工业园", "产业园", "创意园", "智造园"]
studio_founders = {}
street_orgs = {}
park_orgs = {}
for i, street in enumerate(streets):
    code, center, name = slug(street["code"]), street["code"], street["name"]
    s = short(name)
    studio_founders[center] = person()
    street_orgs[center] = {
        "PMC": org(f"ORG-{code}-PMC", f"{name}人民调解委员会", "PEOPLES_COMMITTEE", center, False),
        "LABOR": org(f"ORG-{code}-LABOR", f"{name}劳动争议调解委员会", "INDUSTRY_PROFESSIONAL", center),
        "PROPERTY": org(f"ORG-{code}-PROPERTY", f"{name}物业纠纷人民调解委员会", "INDUSTRY_PROFESSIONAL",
                        center),
        "POLICE": org(f"ORG-{code}-POLICE", f"{s}派出所驻所人民调解室", "PEOPLES_COMMITTEE", center),
        "CHAMBER": org(f"ORG-{code}-CHAMBER", f"{name}商会人民调解委员会", "INDUSTRY_PROFESSIONAL", center),
        "LAWYER": org(f"ORG-{code}-LAWYER", f"{name}律师调解工作室", "STUDIO", center),
        "STUDIO": org(f"ORG-{code}-STUDIO", f"{studio_founders[center]}调解工作室", "STUDIO", center),
    }
    park_orgs[center] = [
        org(f"ORG-{code}-PARK-{n:02d}",
            f"{s}{PARK_WORDS[i * 5 + n - 1]}{PARK_KINDS[n - 1]}企业人民调解委员会",
            "PEOPLES_COMMITTEE", center)
        for n in range(1, 6)
    ]

community_org = {}
for c in communities:
    community_org[c["code"]] = org(f"ORG-{slug(c['code'])}-PMC", f"{c['name']}人民调解委员会",
                                   "PEOPLES_COMMITTEE", c["code"], c["sample"])

# --- mediators -------------------------------------------------------------------------------
mediators = []


def mediator(code, name, kind, center, organisation, specialties, capacity, username=None,
             spoken=None):
    mediators.append({
        "code": code, "username": username, "name": name, "kind": kind, "centerCode": center,
        "organisationCode": organisation, "specialties": specialties,
        "languages": spoken or languages(center), "capacity": capacity, "active": True})


# Grid mediators: 150 over the communities, five each for the first 26 and four for the rest.
# 民乐's other four specialise in categories other than LABOR (see the module docstring).
MINLE_OTHERS = [["NEIGHBOR", "FAMILY"], ["PROPERTY_MGMT", "TENANCY"], ["NEIGHBOR", "TENANCY"],
                ["FAMILY", "CONSUMER"]]
GRID_SPECIALTIES = [["NEIGHBOR"], ["FAMILY"], ["NEIGHBOR", "FAMILY"], ["PROPERTY_MGMT"],
                    ["TENANCY"], ["NEIGHBOR", "PROPERTY_MGMT"]]
for i, c in enumerate(communities):
    center = c["code"]
    for n in range(1, (5 if i < 26 else 4) + 1):
        code = f"M-{slug(center)}-GRID-{n:02d}"
        if center == "longhua.minzhi.minle":
            if n == 1:
                mediator(code, person("王"), "GRID", center, community_org[center], [], 20,
                         username="grid.minle", spoken=["普通话", "粤语"])
            else:
                mediator(code, person(), "GRID", center, community_org[center],
                         MINLE_OTHERS[n - 2], 15)
            continue
        specialties = rng.choice(GRID_SPECIALTIES) if n > 1 and rng.random() < 0.3 else []
        mediator(code, person(), "GRID", center, community_org[center], specialties, 15)

# Staff mediators: two per street center, three at the district.
for street in streets:
    for n in (1, 2):
        mediator(f"M-{slug(street['code'])}-STAFF-{n:02d}", person(), "STAFF", street["code"],
                 street_orgs[street["code"]]["PMC"], [], 20)
for n in (1, 2, 3):
    mediator(f"M-DISTRICT-STAFF-{n:02d}", person(), "STAFF", "longhua", INSTITUTE, [], 20)

# Professional mediators and experts (179).
mediator("M-DISTRICT-PRO-CHEN", "陈志明", "PROFESSIONAL", "longhua", INSTITUTE,
         ["LABOR", "CONTRACT", "TRAFFIC", "PROPERTY_MGMT"], 30, username="mediator.chen",
         spoken=["普通话", "粤语"])
INSTITUTE_SPECIALTIES = [["LABOR", "CONTRACT"], ["CONTRACT"], ["FAMILY", "NEIGHBOR"],
                         ["TRAFFIC"], ["PROPERTY_MGMT", "TENANCY"], ["CONSUMER", "CONTRACT"],
                         ["LABOR"], ["CONTRACT", "TENANCY"], ["FAMILY"], ["TRAFFIC", "CONTRACT"],
                         ["PROPERTY_MGMT"]]
for n, specialties in enumerate(INSTITUTE_SPECIALTIES, start=1):
    mediator(f"M-DISTRICT-PRO-{n:02d}", person(), "PROFESSIONAL", "longhua", INSTITUTE,
             specialties, 25)
for suffix, _, specialties, english in DISTRICT_SECTORS:
    for n in range(1, 6):
        mediator(f"M-DISTRICT-{suffix}-{n:02d}", person(), "PROFESSIONAL", "longhua",
                 "ORG-DISTRICT-" + suffix, specialties,
                 15, spoken=languages("longhua", english))

# Per street: labour 4, property 3, chamber 2, lawyers 3, the named studio 1, police room 2 —
# then one labour expert in the first park of every street and a second one in 民治.
STREET_EXPERTS = (
    [("LABOR", ["LABOR"], 15)] * 3 + [("LABOR", ["LABOR", "CONTRACT"], 15)]
    + [("PROPERTY", ["PROPERTY_MGMT"], 15)] * 2 + [("PROPERTY", ["PROPERTY_MGMT", "TENANCY"], 15)]
    + [("CHAMBER", ["CONTRACT", "CONSUMER"], 15)] * 2
    + [("LAWYER", ["CONTRACT", "FAMILY"], 10), ("LAWYER", ["LABOR", "CONTRACT"], 10),
       ("LAWYER", ["TENANCY", "CONTRACT"], 10)]
    + [("STUDIO", ["NEIGHBOR", "FAMILY"], 20)]
    + [("POLICE", ["NEIGHBOR", "TRAFFIC"], 15), ("POLICE", ["NEIGHBOR"], 15)]
)
for street in streets:
    center, code = street["code"], slug(street["code"])
    for n, (kind, specialties, capacity) in enumerate(STREET_EXPERTS, start=1):
        name = studio_founders[center] if kind == "STUDIO" else person()
        mediator(f"M-{code}-PRO-{n:02d}", name, "PROFESSIONAL", center,
                 street_orgs[center][kind], specialties, capacity)
    parks = park_orgs[center][:2] if center == "longhua.minzhi" else park_orgs[center][:1]
    for n, park in enumerate(parks, start=len(STREET_EXPERTS) + 1):
        mediator(f"M-{code}-PRO-{n:02d}", person(), "PROFESSIONAL", center, park, ["LABOR"], 10)

# --- checks and output -----------------------------------------------------------------------
kinds = [m["kind"] for m in mediators]
assert len(organisations) == 119, len(organisations)
assert kinds.count("GRID") == 150 and kinds.count("PROFESSIONAL") == 179, kinds.count("GRID")
assert len({m["code"] for m in mediators}) == len(mediators)
assert len({o["code"] for o in organisations}) == len(organisations)
minle_labor = [m["code"] for m in mediators if m["centerCode"] == "longhua.minzhi.minle"
               and (not m["specialties"] or "LABOR" in m["specialties"])]
assert minle_labor == ["M-MINLE-GRID-01"], minle_labor


def write(name, data):
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    (SEEDS / name).write_text(text, encoding="utf-8")
    print(f"wrote seeds/{name}: {len(data)} entries")


write("organisations.json", organisations)
write("mediators.json", mediators)
