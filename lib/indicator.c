/* libtotuo - the registry of indicators. docs/indicators.md says where
 * each one comes from. */
#include "config.h"

#include <string.h>

#include <totuo/indicator.h>

typedef struct {
  const gchar *id;
  const gchar *name_zh;
  const gchar *name_en;
  const gchar *unit;
  const gchar *formula;
  gboolean ratio;
} IndicatorInfo;

#define COUNT(id, zh, en, unit, formula) { id, zh, en, unit, formula, FALSE }
#define RATIO(id, zh, en, unit, formula) { id, zh, en, unit, formula, TRUE }

static const IndicatorInfo registry[TOTUO_N_INDICATORS] = {
  COUNT ("institutions", "托育机构数", "institutions", "institutions",
         "number of institutions"),
  COUNT ("places", "托位数", "places", "places", "Σ places"),
  COUNT ("enrolled", "在托婴幼儿数", "children enrolled", "children",
         "Σ enrolled (institutions reporting it)"),
  COUNT ("inclusive_institutions", "普惠性托育机构数", "inclusive institutions",
         "institutions", "number of institutions known to be inclusive (of those reporting it)"),
  COUNT ("inclusive_places", "普惠性托位数", "inclusive places", "places",
         "Σ places of institutions known to be inclusive (of those reporting it)"),
  COUNT ("registered_institutions", "登记机构数", "registered institutions",
         "institutions", "number of institutions registered or filed (of those reporting it)"),
  COUNT ("filed_institutions", "备案机构数", "filed institutions", "institutions",
         "number of institutions filed (of those reporting a status)"),
  COUNT ("population", "常住人口", "resident population", "persons",
         "the region's own figure, else Σ children's figures"),
  COUNT ("under3", "3岁以下婴幼儿数", "children under three", "children",
         "the region's own figure, else Σ children's figures"),
  COUNT ("kindergartens", "幼儿园数", "kindergartens", "kindergartens",
         "the region's own figure, else Σ children's figures"),
  COUNT ("kindergartens_offering", "提供托育服务的幼儿园数",
         "kindergartens offering childcare", "kindergartens",
         "number of institutions of kind kindergarten (of those reporting a kind)"),
  RATIO ("places_per_1000", "每千人口托位数", "places per 1,000 residents",
         "places per 1,000 residents", "places / population × 1000"),
  RATIO ("places_per_100_under3", "每百名3岁以下婴幼儿托位数",
         "places per 100 children under three", "places per 100 children",
         "places / under3 × 100"),
  RATIO ("enrollment_rate", "入托率", "enrollment rate", "%",
         "enrolled / under3 × 100"),
  RATIO ("utilization", "托位使用率", "utilisation of places", "%",
         "enrolled / places of institutions reporting enrolled × 100"),
  RATIO ("inclusive_share", "普惠性托位占比", "inclusive share of places", "%",
         "inclusive places / places of institutions reporting inclusive × 100"),
  RATIO ("public_share", "公办托位占比", "public share of places", "%",
         "places of public institutions / places of institutions reporting ownership × 100"),
  RATIO ("registration_rate", "登记率", "registration rate", "%",
         "registered institutions / institutions reporting registration × 100"),
  RATIO ("filing_rate", "备案率", "filing rate", "%",
         "filed institutions / institutions reporting a status × 100"),
  RATIO ("certified_staff_rate", "持证上岗率", "staff holding certificates", "%",
         "certified staff / staff × 100 (institutions reporting both)"),
  RATIO ("health_manager_rate", "健康管理员配备率",
         "filed institutions with a health manager", "%",
         "filed institutions with a health manager / filed institutions reporting it × 100"),
  RATIO ("township_coverage", "乡镇覆盖率", "township coverage", "%",
         "townships with at least one institution / townships × 100"),
  RATIO ("street_coverage", "街道覆盖率", "street coverage", "%",
         "streets with at least one institution / streets × 100"),
  RATIO ("street_inclusive_coverage", "街道普惠性托育机构覆盖率",
         "streets with an inclusive institution", "%",
         "streets with at least one inclusive institution / streets × 100 "
         "(undefined while a street's answer is unknown)"),
  RATIO ("kindergarten_share", "提供托育服务的幼儿园占比",
         "share of kindergartens offering childcare", "%",
         "kindergartens offering childcare / kindergartens × 100 (of institutions reporting a kind)"),
  COUNT ("institutions_nursery", "托育机构数(托育机构)", "institutions: nursery",
         "institutions", "number of institutions of kind nursery"),
  COUNT ("institutions_kindergarten", "托育机构数(托幼一体)", "institutions: kindergarten",
         "institutions", "number of institutions of kind kindergarten"),
  COUNT ("institutions_employer", "托育机构数(用人单位办托)", "institutions: employer",
         "institutions", "number of institutions of kind employer"),
  COUNT ("institutions_community", "托育机构数(社区托育点)", "institutions: community",
         "institutions", "number of institutions of kind community"),
  COUNT ("institutions_family", "托育机构数(家庭托育点)", "institutions: family",
         "institutions", "number of institutions of kind family"),
  COUNT ("institutions_other", "托育机构数(其他)", "institutions: other",
         "institutions", "number of institutions of kind other"),
  COUNT ("places_nursery", "托位数(托育机构)", "places: nursery", "places",
         "Σ places of nurseries"),
  COUNT ("places_kindergarten", "托位数(托幼一体)", "places: kindergarten", "places",
         "Σ places of kindergarten classes"),
  COUNT ("places_employer", "托位数(用人单位办托)", "places: employer", "places",
         "Σ places run by employers"),
  COUNT ("places_community", "托位数(社区托育点)", "places: community", "places",
         "Σ places of community points"),
  COUNT ("places_family", "托位数(家庭托育点)", "places: family", "places",
         "Σ places of family points"),
  COUNT ("places_other", "托位数(其他)", "places: other", "places",
         "Σ places of other kinds"),
  COUNT ("institutions_public", "公办机构数", "institutions: public", "institutions",
         "number of public institutions"),
  COUNT ("institutions_private", "民办机构数", "institutions: private", "institutions",
         "number of private institutions"),
  COUNT ("institutions_mixed", "公建民营等机构数", "institutions: mixed ownership",
         "institutions", "number of institutions of mixed ownership"),
  COUNT ("institutions_ownership_unknown", "举办性质不详机构数",
         "institutions: ownership unknown", "institutions",
         "number of institutions whose ownership is unknown"),
  COUNT ("places_public", "公办托位数", "places: public", "places",
         "Σ places of public institutions"),
  COUNT ("places_private", "民办托位数", "places: private", "places",
         "Σ places of private institutions"),
  COUNT ("places_mixed", "公建民营等托位数", "places: mixed ownership", "places",
         "Σ places of institutions of mixed ownership"),
  COUNT ("places_ownership_unknown", "举办性质不详托位数", "places: ownership unknown",
         "places", "Σ places of institutions whose ownership is unknown"),
  COUNT ("institutions_kind_unknown", "托育机构数(类型不详)", "institutions: kind unknown",
         "institutions", "number of institutions whose kind is unknown"),
  COUNT ("places_kind_unknown", "托位数(类型不详)", "places: kind unknown", "places",
         "Σ places of institutions whose kind is unknown"),
};

/* Where each indicator comes from: the public documents of
 * ../shared/seeds/ (government replies and plans) that use it. */
static const gchar *const sources[TOTUO_N_INDICATORS] = {
  /* institutions */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)；《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市；大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)；《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市；大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* enrolled */ "《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* inclusive_institutions */ "台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* inclusive_places */ "台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)",
  /* registered_institutions */ "《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* filed_institutions */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* population */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)",
  /* under3 */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)",
  /* kindergartens */ "大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* kindergartens_offering */ "台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)；大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* places_per_1000 */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)；《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市；大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* places_per_100_under3 */ "derived: places ÷ children under three × 100, the places of places per 1,000 residents over another denominator",
  /* enrollment_rate */ "《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* utilization */ "大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* inclusive_share */ "台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)；大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* public_share */ "台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)",
  /* registration_rate */ "《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* filing_rate */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* certified_staff_rate */ "大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* health_manager_rate */ "《成都日报》2023年4月5日:成都入选首批全国婴幼儿照护服务示范城市",
  /* township_coverage */ "台州市卫生健康委关于市政协六届一次会议第2022288号提案答复的函(2022年9月)",
  /* street_coverage */ "derived: township coverage (台州市卫生健康委答复函, 2022) applied to streets",
  /* street_inclusive_coverage */ "大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* kindergarten_share */ "大足区三年行动方案,大足府办发〔2024〕16号(2023—2025年)",
  /* institutions_nursery */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_kindergarten */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_employer */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_community */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_family */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_other */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_nursery */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_kindergarten */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_employer */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_community */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_family */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_other */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_public */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_private */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_mixed */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_ownership_unknown */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_public */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_private */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_mixed */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_ownership_unknown */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* institutions_kind_unknown */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
  /* places_kind_unknown */ "开州区卫生健康委员会关于区政协十五届一次会议第206号提案的复函(2022年7月)；对市十四届人大六次会议第20210141号建议的答复(2024年12月)",
};

guint
totuo_indicator_get_count (void)
{
  return TOTUO_N_INDICATORS;
}

#define CHECK_INDICATOR(ind, fallback) \
  g_return_val_if_fail ((guint) (ind) < TOTUO_N_INDICATORS, fallback)

const gchar *
totuo_indicator_get_id (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, NULL);
  return registry[indicator].id;
}

const gchar *
totuo_indicator_get_name_zh (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, NULL);
  return registry[indicator].name_zh;
}

const gchar *
totuo_indicator_get_name_en (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, NULL);
  return registry[indicator].name_en;
}

const gchar *
totuo_indicator_get_unit (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, NULL);
  return registry[indicator].unit;
}

const gchar *
totuo_indicator_get_formula (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, NULL);
  return registry[indicator].formula;
}

const gchar *
totuo_indicator_get_source (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, NULL);
  return sources[indicator];
}

gboolean
totuo_indicator_is_ratio (TotuoIndicator indicator)
{
  CHECK_INDICATOR (indicator, FALSE);
  return registry[indicator].ratio;
}

gboolean
totuo_indicator_from_id (const gchar    *id,
                         TotuoIndicator *out_indicator)
{
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (out_indicator != NULL, FALSE);
  for (guint i = 0; i < TOTUO_N_INDICATORS; i++)
    if (strcmp (registry[i].id, id) == 0)
      {
        *out_indicator = (TotuoIndicator) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
totuo_indicator_from_name (const gchar    *name,
                           TotuoIndicator *out_indicator)
{
  g_autofree gchar *trimmed = NULL;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (out_indicator != NULL, FALSE);
  trimmed = g_strstrip (g_strdup (name));
  for (guint i = 0; i < TOTUO_N_INDICATORS; i++)
    if (strcmp (registry[i].id, trimmed) == 0 || strcmp (registry[i].name_zh, trimmed) == 0)
      {
        *out_indicator = (TotuoIndicator) i;
        return TRUE;
      }
  return FALSE;
}

/* The edit distance between two strings of characters (Levenshtein), or
 * more than @bound as soon as it must be. */
static guint
distance (const gunichar *a,
          glong           na,
          const gunichar *b,
          glong           nb,
          guint           bound)
{
  g_autofree guint *row = g_new (guint, nb + 1);
  guint result;

  if ((guint) ABS (na - nb) > bound)
    return bound + 1;
  for (glong j = 0; j <= nb; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= na; i++)
    {
      guint diagonal = row[0], best;
      row[0] = (guint) i;
      best = row[0];
      for (glong j = 1; j <= nb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
          best = MIN (best, row[j]);
        }
      if (best > bound)
        return bound + 1;
    }
  result = row[nb];
  return result;
}

const gchar *
totuo_indicator_suggest (const gchar *name)
{
  g_autofree gunichar *wanted = NULL;
  glong n = 0;
  const gchar *best = NULL;
  guint best_distance;
  TotuoIndicator found;

  g_return_val_if_fail (name != NULL, NULL);
  if (totuo_indicator_from_name (name, &found) ||
      (wanted = g_utf8_to_ucs4 (name, -1, NULL, &n, NULL)) == NULL || n == 0)
    return NULL;
  /* Close enough to be a typo, not an indicator of a plan's own: two
   * edits (a swap is two), three in a name of 24 characters or more. */
  best_distance = MAX (2, (guint) n / 8) + 1;
  for (guint i = 0; i < TOTUO_N_INDICATORS; i++)
    for (guint k = 0; k < 2; k++)
      {
        const gchar *candidate = k == 0 ? registry[i].id : registry[i].name_zh;
        glong m = 0;
        g_autofree gunichar *c = g_utf8_to_ucs4 (candidate, -1, NULL, &m, NULL);
        guint d = distance (wanted, n, c, m, best_distance - 1);
        if (d < best_distance)
          {
            best_distance = d;
            best = registry[i].id;
          }
      }
  return best;
}
