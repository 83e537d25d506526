// The Shapingba report as a plan, written with the typed API the way a user
// writes a custom evaluation program: one indicator<U> per indicator with the
// unit as a type (money in 亿元 or 万元, each counted thing its own count unit,
// percent for shares and rates), the 2025 actuals observed as typed quantities
// with the precision and bounds the report prints them with, and every 2026
// target built with the typed builders. A target in the wrong unit (a 家 target
// on a 个 indicator, a percent for a growth) does not compile.
//
// It is the same plan as plan_from_figures(examples/shapingba/data/...): the
// same indicators, observations and targets, with the ids of the data files
// (a target's id is that of its first target figure). It states more than the
// data files can in two places: the direction of four indicators the report
// sets no target for (PM2.5, accidents, deaths, black and odorous water: lower
// is better), and the nature of two (villages built are a flow, a completion
// rate is a rate). tests/test_shapingba.cpp checks both claims.
//
// Binding (约束性) targets follow the rule plan_from_figures applies to the
// data files: the bottom lines worded 动态清零, 以内, 不超过, 不高于, 不低于.
#pragma once

#include "shapingba_figures.hpp"

#include <plantarget/plan.hpp>
#include <plantarget/units/rate.hpp>
#include <plantarget/units/units.hpp>

#include <optional>
#include <stdexcept>
#include <string>

namespace shapingba {

// Unit values for scales the library names no value for, spelt as the report
// writes them: 万个, 万家次, 亿条, 万件, 万次.
inline constexpr plantarget::units::wan<plantarget::units::items_unit> wan_items{};
inline constexpr plantarget::units::wan<plantarget::units::enterprise_visits_unit> wan_enterprise_visits{};
inline constexpr plantarget::units::yi<plantarget::units::lines_unit> yi_lines{};
inline constexpr plantarget::units::wan<plantarget::units::cases_unit> wan_cases{};
inline constexpr plantarget::units::wan<plantarget::units::occurrences_unit> wan_occurrences{};

// How the report prints an actual: its decimals (the published precision), how
// exactly it is known (超10.4亿元 says only "more than"), and the growth printed
// beside it, in percent as printed. Converts to the observation_meta the plan
// stores.
struct printed {
    int decimals = 0;
    plantarget::value_bound bound = plantarget::value_bound::exact;
    std::optional<double> growth{};
    int growth_decimals = 0;

    operator plantarget::observation_meta() const {  // NOLINT: implicit by design, read as "printed so"
        plantarget::observation_meta meta;
        meta.bound = bound;
        meta.decimals = decimals;
        if (growth) {
            meta.published_growth = plantarget::growth_rate::from_percent(*growth);
            meta.growth_decimals = growth_decimals;
        }
        return meta;
    }
};

// Each period of an indicator is observed once: a second value is a slip in
// this program, not data to keep.
inline void observed(plantarget::reason r) {
    if (r != plantarget::reason::none)
        throw std::logic_error("shapingba: an observation was refused: " + std::string(plantarget::describe(r)));
}

}  // namespace shapingba

// The plan: sections as the report numbers them, indicators in the order the
// report first mentions them, 2025 actuals, 2026 targets.
inline plantarget::plan build_shapingba_plan() {
    using namespace plantarget;
    using namespace plantarget::units;
    using namespace shapingba;
    constexpr period y2025 = period::year(2025);
    constexpr period y2026 = period::year(2026);
    plan p;

    // 一、2025年国民经济和社会发展计划执行情况: the 2025 actuals.
    p.add_section("1", "一、2025年国民经济和社会发展计划执行情况");

    // 1.0 The summary paragraph. GDP grew 4 % (at comparable prices) and passed 1300亿元.
    p.add_section("1.0", "2025年主要经济指标（总述）");
    // Its growth is published at comparable prices (real); the level at current prices.
    const indicator<yi_yuan_unit> gdp(
        {.id = "gdp", .name_zh = "地区生产总值", .name_en = "GDP", .basis = price_basis::real});
    p.add(gdp);
    observed(p.observe(gdp, y2025, 1300.0 * yi_yuan, printed{.bound = value_bound::more_than, .growth = 4}));
    // The summary gives these only as growth rates: indicator<growth_rate> says so. Each is an
    // actual of growth targets on its own (plan::add_growth_only), as the figure book's is.
    p.add(indicator<growth_rate>({.id = "industrial_value_added", .name_zh = "规模以上工业增加值",
                                  .name_en = "Value added of industry above designated size",
                                  .basis = price_basis::real}));
    observed(p.add_growth_only("industrial_value_added", y2025, growth_rate::from_percent(0.3), 1));
    p.add(indicator<growth_rate>({.id = "fixed_asset_investment", .name_zh = "固定资产投资总额",
                                  .name_en = "Fixed-asset investment"}));
    observed(p.add_growth_only("fixed_asset_investment", y2025, growth_rate::from_percent(6.9), 1));
    p.add(indicator<growth_rate>({.id = "industrial_investment", .name_zh = "工业投资",
                                  .name_en = "Industrial investment"}));
    observed(p.add_growth_only("industrial_investment", y2025, growth_rate::from_percent(22.1), 1));
    p.add(indicator<growth_rate>({.id = "district_tax_revenue", .name_zh = "区级税收",
                                  .name_en = "District-level tax revenue"}));
    observed(p.add_growth_only("district_tax_revenue", y2025, growth_rate::from_percent(19.3), 1));
    // 进出口总额增长6.8%: the level, 3218.1亿元, comes in 1.3.2, where the growth is observed with it.
    const indicator<yi_yuan_unit> foreign_trade(
        {.id = "foreign_trade", .name_zh = "进出口总额", .name_en = "Total imports and exports"});
    p.add(foreign_trade);
    p.add(indicator<growth_rate>({.id = "per_capita_disposable_income", .name_zh = "全体居民人均可支配收入",
                                  .name_en = "Per-capita disposable income of all residents"}));
    observed(p.add_growth_only("per_capita_disposable_income", y2025, growth_rate::from_percent(4.7), 1));

    // 1.1 （一）推动国家战略落实落地，城市发展能级不断提升
    p.add_section("1.1", "（一）推动国家战略落实落地，城市发展能级不断提升");
    p.add_section("1.1.1", "一是成渝地区双城经济圈主阵地建设纵深推进");
    const indicator<items_unit> major_projects_in_city_plan(
        {.id = "major_projects_in_city_plan", .name_zh = "纳入全市总盘子的重大项目、重大平台",
         .name_en = "Major projects and platforms included in the municipal programme"});
    p.add(major_projects_in_city_plan);
    observed(p.observe(major_projects_in_city_plan, y2025, 6.0 * items, printed{}));
    p.add(indicator<percent>({.id = "chengyu_major_project_investment", .name_zh = "双城经济圈重大项目投资完成率",
                              .name_en = "Completion rate of twin-city economic circle major project investment",
                              .kind = nature::rate}));
    // 完成率达120%: a completion rate whose plan and actual the report does not give; a figure only.
    const indicator<lines_unit> joint_tourism_routes(
        {.id = "joint_tourism_routes", .name_zh = "精品旅游线路",
         .name_en = "Premium tourism routes launched with Wuhou District"});
    p.add(joint_tourism_routes);
    observed(p.observe(joint_tourism_routes, y2025, 5.0 * lines, printed{}));
    const indicator<lines_unit> national_tourism_routes(
        {.id = "national_tourism_routes", .name_zh = "入选国家级旅游线路",
         .name_en = "Routes selected as national-level tourism routes"});
    p.add(national_tourism_routes);
    observed(p.observe(national_tourism_routes, y2025, 2.0 * lines, printed{}));
    const indicator<percent> chengyu_middle_hsr(
        {.id = "chengyu_middle_hsr", .name_zh = "成渝中线高铁（沙区段）工程进度",
         .name_en = "Chengdu-Chongqing Middle Line HSR (Shapingba section) progress", .kind = nature::rate});
    p.add(chengyu_middle_hsr);
    observed(p.observe(chengyu_middle_hsr, y2025, 88_pct, printed{}));
    const indicator<percent> yuxi_hsr(
        {.id = "yuxi_hsr", .name_zh = "渝西高铁（沙区段）工程进度",
         .name_en = "Chongqing-Xi'an HSR (Shapingba section) progress", .kind = nature::rate});
    p.add(yuxi_hsr);
    observed(p.observe(yuxi_hsr, y2025, 67.2_pct, printed{.decimals = 1}));

    p.add_section("1.1.2", "二是西部陆海新通道发展动能强劲");
    const indicator<trains_unit> intl_freight_trains(
        {.id = "intl_freight_trains", .name_zh = "四项通道国际班列开行量",
         .name_en = "International freight trains run (four corridors)"});
    p.add(intl_freight_trains);
    observed(p.observe(intl_freight_trains, y2025, 4156.0 * trains, printed{}));
    const indicator<wan<teu_unit>> intl_freight_teu(
        {.id = "intl_freight_teu", .name_zh = "国际班列运输标箱", .name_en = "International freight train TEU"});
    p.add(intl_freight_teu);
    observed(p.observe(intl_freight_teu, y2025, 29.5 * wan_teu, printed{.decimals = 1}));
    const indicator<yi_yuan_unit> intl_freight_value(
        {.id = "intl_freight_value", .name_zh = "国际班列货值",
         .name_en = "International freight train cargo value"});
    p.add(intl_freight_value);
    observed(p.observe(intl_freight_value, y2025, 675.5 * yi_yuan, printed{.decimals = 1}));
    // 均居全市第1: three ranks. A rank is not a count of trains, so these indicators cannot take it (it
    // would not compile); the figure book keeps the ranks.
    const indicator<lines_unit> asean_express_routes(
        {.id = "asean_express_routes", .name_zh = "“东盟快班”稳定运行线路",
         .name_en = "ASEAN Express routes in stable operation"});
    p.add(asean_express_routes);
    observed(p.observe(asean_express_routes, y2025, 3.0 * lines, printed{}));
    const indicator<items_unit> overseas_distribution_centers_new(
        {.id = "overseas_distribution_centers_new", .name_zh = "新增海外分拨中心",
         .name_en = "New overseas distribution centres"});
    p.add(overseas_distribution_centers_new);
    observed(p.observe(overseas_distribution_centers_new, y2025, 2.0 * items, printed{}));
    const indicator<batches_unit> medicine_food_import_batches(
        {.id = "medicine_food_import_batches", .name_zh = "“药食同源”商品通关批次",
         .name_en = "Batches of medicine-food homology products cleared"});
    p.add(medicine_food_import_batches);
    observed(p.observe(medicine_food_import_batches, y2025, 3.0 * batches, printed{}));

    p.add_section("1.1.3", "三是长江经济带高质量发展成效明显");
    // 降至每立方米28微克以下: known as an upper bound. Lower is better, though no target says so.
    const indicator<micrograms_per_cubic_metre_unit> pm25(
        {.id = "pm25", .name_zh = "PM2.5浓度", .name_en = "PM2.5 concentration",
         .better = direction::lower_is_better, .kind = nature::average});
    p.add(pm25);
    observed(p.observe(pm25, y2025, 28.0 * micrograms_per_cubic_metre, printed{.bound = value_bound::at_most}));
    // 居中心城区第1: a rank, in the figure book.
    const indicator<items_unit> zero_waste_cells_new(
        {.id = "zero_waste_cells_new", .name_zh = "新建“无废城市细胞”", .name_en = "New zero-waste city cells"});
    p.add(zero_waste_cells_new);
    observed(p.observe(zero_waste_cells_new, y2025, 22.0 * items, printed{}));
    const indicator<percent> noise_night_compliance(
        {.id = "noise_night_compliance", .name_zh = "声功能区夜间达标率",
         .name_en = "Night-time compliance rate of acoustic function zones", .kind = nature::rate});
    p.add(noise_night_compliance);
    observed(p.observe(noise_night_compliance, y2025, 100_pct, printed{}));
    const indicator<items_unit> zero_discharge_villages(
        {.id = "zero_discharge_villages", .name_zh = "污水“零直排”村",
         .name_en = "Zero-direct-discharge sewage villages built"});
    p.add(zero_discharge_villages);
    observed(p.observe(zero_discharge_villages, y2025, 4.0 * items, printed{}));
    // 动态清零: zero, and kept at zero all year.
    const indicator<lines_unit> rural_black_odorous_water(
        {.id = "rural_black_odorous_water", .name_zh = "农村黑臭水体",
         .name_en = "Rural black and odorous water bodies", .better = direction::lower_is_better});
    p.add(rural_black_odorous_water);
    observed(p.observe(rural_black_odorous_water, y2025, 0.0 * lines, printed{}));

    // 1.2 （二）持续构建现代化产业体系，新质生产力加快发展
    p.add_section("1.2", "（二）持续构建现代化产业体系，新质生产力加快发展");
    p.add_section("1.2.1", "一是先进制造业聚势成群");
    const indicator<enterprises_unit> auto_lead_firms_attracted(
        {.id = "auto_lead_firms_attracted", .name_zh = "招引头部标杆企业",
         .name_en = "Leading benchmark firms attracted (auto cluster)"});
    p.add(auto_lead_firms_attracted);
    observed(p.observe(auto_lead_firms_attracted, y2025, 62.0 * enterprises, printed{}));
    const indicator<items_unit> auto_key_projects_landed(
        {.id = "auto_key_projects_landed", .name_zh = "落地重点项目（汽车产业）",
         .name_en = "Key projects landed (intelligent connected NEV cluster)"});
    p.add(auto_key_projects_landed);
    observed(p.observe(auto_key_projects_landed, y2025, 50.0 * items, printed{}));
    const indicator<yi_yuan_unit> smart_medical_fund(
        {.id = "smart_medical_fund", .name_zh = "智慧医疗装备专项产业基金规模",
         .name_en = "Smart medical equipment industry fund size"});
    p.add(smart_medical_fund);
    observed(p.observe(smart_medical_fund, y2025, 10.0 * yi_yuan, printed{}));
    const indicator<enterprises_unit> health_lead_firms_attracted(
        {.id = "health_lead_firms_attracted", .name_zh = "引进龙头企业（生命健康）",
         .name_en = "Leading firms attracted (life and health)"});
    p.add(health_lead_firms_attracted);
    observed(p.observe(health_lead_firms_attracted, y2025, 40.0 * enterprises, printed{}));
    const indicator<yi_yuan_unit> life_health_output(
        {.id = "life_health_output", .name_zh = "生命健康产业产值", .name_en = "Life and health industry output"});
    p.add(life_health_output);
    observed(p.observe(life_health_output, y2025, 350.0 * yi_yuan,
              printed{.bound = value_bound::more_than, .growth = 16.7, .growth_decimals = 1}));
    const indicator<items_unit> smart_equipment_projects_completed(
        {.id = "smart_equipment_projects_completed", .name_zh = "建成投运智能装备产业项目",
         .name_en = "Smart equipment industry projects completed and operating"});
    p.add(smart_equipment_projects_completed);
    observed(p.observe(smart_equipment_projects_completed, y2025, 8.0 * items, printed{}));
    const indicator<enterprises_unit> specialized_sme_new(
        {.id = "specialized_sme_new", .name_zh = "新增专精特新企业",
         .name_en = "New specialised and sophisticated SMEs"});
    p.add(specialized_sme_new);
    observed(p.observe(specialized_sme_new, y2025, 31.0 * enterprises, printed{}));

    p.add_section("1.2.2", "二是现代生产性服务业扩能提质");
    const indicator<items_unit> software_key_projects_landed(
        {.id = "software_key_projects_landed", .name_zh = "落地重点项目（“满天星”计划）",
         .name_en = "Key projects landed (Mantianxing software programme)"});
    p.add(software_key_projects_landed);
    observed(p.observe(software_key_projects_landed, y2025, 52.0 * items, printed{}));
    const indicator<items_unit> industrial_design_centers(
        {.id = "industrial_design_centers", .name_zh = "市级工业设计中心",
         .name_en = "Municipal industrial design centres created"});
    p.add(industrial_design_centers);
    observed(p.observe(industrial_design_centers, y2025, 2.0 * items, printed{}));
    const indicator<enterprises_unit> professional_service_firms_attracted(
        {.id = "professional_service_firms_attracted", .name_zh = "引进专业服务企业",
         .name_en = "Professional service firms attracted"});
    p.add(professional_service_firms_attracted);
    observed(p.observe(professional_service_firms_attracted, y2025, 13.0 * enterprises, printed{}));

    // 1.3 （三）坚持创新驱动、开放引领，比较优势转化为发展胜势
    p.add_section("1.3", "（三）坚持创新驱动、开放引领，比较优势转化为发展胜势");
    p.add_section("1.3.1", "一是创新动能加速释放");
    const indicator<items_unit> university_local_platforms(
        {.id = "university_local_platforms", .name_zh = "校地合作重点平台",
         .name_en = "Key university-locality cooperation platforms"});
    p.add(university_local_platforms);
    observed(p.observe(university_local_platforms, y2025, 10.0 * items, printed{.bound = value_bound::more_than}));
    const indicator<items_unit> innovation_ecosystem_tenants(
        {.id = "innovation_ecosystem_tenants", .name_zh = "环大学创新创业生态圈入驻项目团队、企业",
         .name_en = "Project teams and firms in the university innovation ecosystem (cumulative)"});
    p.add(innovation_ecosystem_tenants);
    observed(p.observe(innovation_ecosystem_tenants, y2025, 2500.0 * items, printed{.bound = value_bound::more_than}));
    const indicator<items_unit> proof_of_concept_centers(
        {.id = "proof_of_concept_centers", .name_zh = "概念验证中心", .name_en = "Proof-of-concept centres built"});
    p.add(proof_of_concept_centers);
    observed(p.observe(proof_of_concept_centers, y2025, 3.0 * items, printed{}));
    const indicator<items_unit> high_value_sci_tech_achievements(
        {.id = "high_value_sci_tech_achievements", .name_zh = "高价值科技成果转化",
         .name_en = "High-value sci-tech achievements transferred locally"});
    p.add(high_value_sci_tech_achievements);
    observed(p.observe(high_value_sci_tech_achievements, y2025, 20.0 * items, printed{}));
    const indicator<enterprises_unit> tech_enterprises_new(
        {.id = "tech_enterprises_new", .name_zh = "新增科技型企业", .name_en = "New technology-based enterprises"});
    p.add(tech_enterprises_new);
    observed(p.observe(tech_enterprises_new, y2025, 494.0 * enterprises, printed{}));
    const indicator<enterprises_unit> high_tech_enterprises_new(
        {.id = "high_tech_enterprises_new", .name_zh = "新增高新技术企业", .name_en = "New high-tech enterprises"});
    p.add(high_tech_enterprises_new);
    observed(p.observe(high_tech_enterprises_new, y2025, 90.0 * enterprises, printed{}));
    // “双倍增”任务完成率 110 % and 1500 %: figures for the audit, which derives the municipal task from
    // them (494 / 110 % = 449.1 家; 90 / 1500 % = 6 家).
    p.add_section("1.3.2", "二是开放经济质效齐升");
    const indicator<teu_unit> cold_chain_meat_import_containers(
        {.id = "cold_chain_meat_import_containers", .name_zh = "冷链肉类进口冻柜",
         .name_en = "Cold-chain meat import reefer containers"});
    p.add(cold_chain_meat_import_containers);
    observed(p.observe(cold_chain_meat_import_containers, y2025, 204.0 * teu, printed{}));
    const indicator<wan_yuan_unit> cold_chain_meat_import_value(
        {.id = "cold_chain_meat_import_value", .name_zh = "冷链肉类进口货值",
         .name_en = "Cold-chain meat import value"});
    p.add(cold_chain_meat_import_value);
    observed(p.observe(cold_chain_meat_import_value, y2025, 5449.0 * wan_yuan, printed{}));
    const indicator<wan<vehicles_unit>> vehicle_import_export(
        {.id = "vehicle_import_export", .name_zh = "整车进出口", .name_en = "Complete vehicle imports and exports"});
    p.add(vehicle_import_export);
    observed(p.observe(vehicle_import_export, y2025, 7.6 * wan_vehicles, printed{.decimals = 1}));
    // 均居内陆口岸第1: ranks, in the figure book.
    const indicator<items_unit> bonded_zone_projects_landed(
        {.id = "bonded_zone_projects_landed", .name_zh = "综保区落地项目",
         .name_en = "Projects landed in the rail port comprehensive bonded zone"});
    p.add(bonded_zone_projects_landed);
    observed(p.observe(bonded_zone_projects_landed, y2025, 37.0 * items, printed{}));
    const indicator<yi_yuan_unit> bonded_import_export(
        {.id = "bonded_import_export", .name_zh = "保税进出口额", .name_en = "Bonded imports and exports"});
    p.add(bonded_import_export);
    observed(p.observe(bonded_import_export, y2025, 91.1 * yi_yuan,
              printed{.decimals = 1, .growth = 148.7, .growth_decimals = 1}));
    // 居全国第5: a rank, in the figure book.
    const indicator<items_unit> investment_task_forces(
        {.id = "investment_task_forces", .name_zh = "招商专班",
         .name_en = "Overseas investment promotion task forces"});
    p.add(investment_task_forces);
    observed(p.observe(investment_task_forces, y2025, 5.0 * items, printed{}));
    observed(p.observe(foreign_trade, y2025, 3218.1 * yi_yuan, printed{.decimals = 1, .growth = 6.8, .growth_decimals = 1}));

    // 1.4 （四）全面扩投资促消费强改革，内生发展动力不断增强
    p.add_section("1.4", "（四）全面扩投资促消费强改革，内生发展动力不断增强");
    p.add_section("1.4.1", "一是有效投资持续扩大");
    const indicator<items_unit> key_projects(
        {.id = "key_projects", .name_zh = "区级重点项目", .name_en = "District-level key projects"});
    p.add(key_projects);
    observed(p.observe(key_projects, y2025, 207.0 * items, printed{}));
    const indicator<yi_yuan_unit> key_projects_investment(
        {.id = "key_projects_investment", .name_zh = "区级重点项目完成投资",
         .name_en = "Investment completed in district key projects"});
    p.add(key_projects_investment);
    observed(p.observe(key_projects_investment, y2025, 268.0 * yi_yuan, printed{}));
    // 完成年度投资计划的102%: a figure for the audit, which derives the plan (268 / 102 % = 262.7亿元).
    const indicator<items_unit> key_projects_completed(
        {.id = "key_projects_completed", .name_zh = "已完工项目", .name_en = "Key projects completed"});
    p.add(key_projects_completed);
    observed(p.observe(key_projects_completed, y2025, 72.0 * items, printed{}));
    const indicator<items_unit> key_projects_under_construction(
        {.id = "key_projects_under_construction", .name_zh = "在建项目",
         .name_en = "Key projects under construction"});
    p.add(key_projects_under_construction);
    observed(p.observe(key_projects_under_construction, y2025, 129.0 * items, printed{}));
    const indicator<items_unit> key_projects_preparation(
        {.id = "key_projects_preparation", .name_zh = "推进前期工作项目",
         .name_en = "Key projects in preparatory work"});
    p.add(key_projects_preparation);
    observed(p.observe(key_projects_preparation, y2025, 6.0 * items, printed{}));
    const indicator<items_unit> reserve_projects(
        {.id = "reserve_projects", .name_zh = "储备项目", .name_en = "Projects in reserve"});
    p.add(reserve_projects);
    observed(p.observe(reserve_projects, y2025, 415.0 * items, printed{}));
    const indicator<yi_yuan_unit> reserve_projects_investment(
        {.id = "reserve_projects_investment", .name_zh = "储备项目总投资",
         .name_en = "Total investment of reserve projects"});
    p.add(reserve_projects_investment);
    observed(p.observe(reserve_projects_investment, y2025, 1233.8 * yi_yuan, printed{.decimals = 1}));
    const indicator<yi_yuan_unit> higher_level_funds(
        {.id = "higher_level_funds", .name_zh = "争取上级资金",
         .name_en = "Funds obtained from higher-level governments"});
    p.add(higher_level_funds);
    observed(p.observe(higher_level_funds, y2025, 88.3 * yi_yuan, printed{.decimals = 1}));
    // 均居全市前列: two ranks the report leaves vague (among_top would read them with a cut-off).
    p.add(indicator<rank>({.id = "central_budget_investment", .name_zh = "中央预算内投资全市排名",
                           .name_en = "Central budget investment rank in Chongqing"}));
    p.add(indicator<rank>({.id = "ultra_long_special_bonds", .name_zh = "超长期特别国债资金全市排名",
                           .name_en = "Ultra-long special treasury bond funds rank in Chongqing"}));

    p.add_section("1.4.2", "二是商文旅体发展深度融合");
    const indicator<items_unit> trade_in_retailers(
        {.id = "trade_in_retailers", .name_zh = "参与以旧换新零售主体",
         .name_en = "Retailers in the consumer trade-in programme"});
    p.add(trade_in_retailers);
    observed(p.observe(trade_in_retailers, y2025, 148.0 * items, printed{}));
    const indicator<enterprises_unit> trade_in_stores(
        {.id = "trade_in_stores", .name_zh = "参与以旧换新线下门店",
         .name_en = "Physical stores in the consumer trade-in programme"});
    p.add(trade_in_stores);
    observed(p.observe(trade_in_stores, y2025, 800.0 * enterprises, printed{.bound = value_bound::more_than}));
    const indicator<yi_yuan_unit> trade_in_sales(
        {.id = "trade_in_sales", .name_zh = "以旧换新拉动销售额",
         .name_en = "Sales driven by the trade-in programme"});
    p.add(trade_in_sales);
    observed(p.observe(trade_in_sales, y2025, 10.4 * yi_yuan,
              printed{.decimals = 1, .bound = value_bound::more_than, .growth = 96.2, .growth_decimals = 1}));
    const indicator<events_unit> consumption_events(
        {.id = "consumption_events", .name_zh = "商文旅体特色活动",
         .name_en = "Commerce, culture, tourism and sports events"});
    p.add(consumption_events);
    observed(p.observe(consumption_events, y2025, 10.0 * events, printed{.bound = value_bound::more_than}));
    // 整体销售额提升超10%: a growth known only as a bound, without a level.
    p.add(indicator<growth_rate>({.id = "event_area_sales", .name_zh = "活动周边业态整体销售额",
                                  .name_en = "Sales of businesses around the events"}));
    observed(p.add_growth_only("event_area_sales", y2025, growth_rate::from_percent(10), 0, value_bound::more_than));
    const indicator<items_unit> yuwei360_brands_new(
        {.id = "yuwei360_brands_new", .name_zh = "新增“渝味360碗”品牌", .name_en = "New Yuwei 360 Bowls brands"});
    p.add(yuwei360_brands_new);
    observed(p.observe(yuwei360_brands_new, y2025, 9.0 * items, printed{}));
    const indicator<wan<person_visits_unit>> tourist_visits(
        {.id = "tourist_visits", .name_zh = "接待游客", .name_en = "Tourist visits received"});
    p.add(tourist_visits);
    observed(p.observe(tourist_visits, y2025, 5124.0 * wan_person_visits, printed{.growth = 11.5, .growth_decimals = 1}));
    const indicator<wan<person_visits_unit>> inbound_tourist_visits(
        {.id = "inbound_tourist_visits", .name_zh = "入境游客", .name_en = "Inbound tourist visits"});
    p.add(inbound_tourist_visits);
    observed(p.observe(inbound_tourist_visits, y2025, 40.0 * wan_person_visits, printed{.growth = 350}));
    const indicator<yi_yuan_unit> tourism_spending(
        {.id = "tourism_spending", .name_zh = "旅游总花费", .name_en = "Total tourism spending"});
    p.add(tourism_spending);
    observed(p.observe(tourism_spending, y2025, 257.0 * yi_yuan, printed{.growth = 19.2, .growth_decimals = 1}));

    p.add_section("1.4.3", "三是重点领域改革稳步推进");
    const indicator<enterprises_unit> soe_key_enterprises_before_merger(
        {.id = "soe_key_enterprises_before_merger", .name_zh = "整合前区属重点企业",
         .name_en = "District key SOEs before consolidation"});
    p.add(soe_key_enterprises_before_merger);
    observed(p.observe(soe_key_enterprises_before_merger, y2025, 6.0 * enterprises, printed{}));
    const indicator<enterprises_unit> soe_key_enterprises_after_merger(
        {.id = "soe_key_enterprises_after_merger", .name_zh = "整合后区属重点企业",
         .name_en = "District key SOEs after consolidation"});
    p.add(soe_key_enterprises_after_merger);
    observed(p.observe(soe_key_enterprises_after_merger, y2025, 4.0 * enterprises, printed{}));
    const indicator<households_unit> soe_legal_entities_cut(
        {.id = "soe_legal_entities_cut", .name_zh = "压减企业法人", .name_en = "SOE legal entities eliminated"});
    p.add(soe_legal_entities_cut);
    observed(p.observe(soe_legal_entities_cut, y2025, 19.0 * households, printed{}));
    const indicator<yi_yuan_unit> soe_market_business_revenue(
        {.id = "soe_market_business_revenue", .name_zh = "国企市场化业务营业收入",
         .name_en = "SOE market-oriented business revenue"});
    p.add(soe_market_business_revenue);
    observed(p.observe(soe_market_business_revenue, y2025, 40.0 * yi_yuan, printed{}));
    const indicator<yi_yuan_unit> state_assets_revitalized(
        {.id = "state_assets_revitalized", .name_zh = "盘活国有资产", .name_en = "State-owned assets revitalised"});
    p.add(state_assets_revitalized);
    observed(p.observe(state_assets_revitalized, y2025, 119.0 * yi_yuan, printed{}));
    const indicator<yi_yuan_unit> state_assets_cash_recovered(
        {.id = "state_assets_cash_recovered", .name_zh = "回收资金",
         .name_en = "Cash recovered from asset revitalisation"});
    p.add(state_assets_cash_recovered);
    observed(p.observe(state_assets_cash_recovered, y2025, 50.6 * yi_yuan, printed{.decimals = 1}));
    const indicator<wan<enterprise_visits_unit>> enterprise_visits(
        {.id = "enterprise_visits", .name_zh = "走访企业", .name_en = "Enterprise visits"});
    p.add(enterprise_visits);
    observed(p.observe(enterprise_visits, y2025, 2.4 * wan_enterprise_visits, printed{.decimals = 1}));
    const indicator<items_unit> enterprise_issues_resolved(
        {.id = "enterprise_issues_resolved", .name_zh = "协调解决各类问题",
         .name_en = "Enterprise problems resolved"});
    p.add(enterprise_issues_resolved);
    observed(p.observe(enterprise_issues_resolved, y2025, 4100.0 * items, printed{.bound = value_bound::more_than}));
    const indicator<households_unit> enterprise_net_inflow(
        {.id = "enterprise_net_inflow", .name_zh = "企业净流入", .name_en = "Net inflow of enterprises"});
    p.add(enterprise_net_inflow);
    observed(p.observe(enterprise_net_inflow, y2025, 4800.0 * households, printed{.bound = value_bound::more_than}));
    const indicator<items_unit> signed_projects(
        {.id = "signed_projects", .name_zh = "签约项目", .name_en = "Investment projects signed"});
    p.add(signed_projects);
    observed(p.observe(signed_projects, y2025, 301.0 * items, printed{.growth = 105}));
    const indicator<yi_yuan_unit> signed_projects_investment(
        {.id = "signed_projects_investment", .name_zh = "签约项目投资总额",
         .name_en = "Total investment of signed projects"});
    p.add(signed_projects_investment);
    observed(p.observe(signed_projects_investment, y2025, 600.0 * yi_yuan, printed{.growth = 27}));

    // 1.5 （五）高水平建设现代化人民城市，城市品质不断提升
    p.add_section("1.5", "（五）高水平建设现代化人民城市，城市品质不断提升");
    p.add_section("1.5.1", "一是城市智治持续强化");
    const indicator<categories_unit> public_data_catalog(
        {.id = "public_data_catalog", .name_zh = "编目公共数据", .name_en = "Public data catalogued (categories)"});
    p.add(public_data_catalog);
    observed(p.observe(public_data_catalog, y2025, 3809.0 * categories, printed{}));
    const indicator<yi<lines_unit>> public_data_records(
        {.id = "public_data_records", .name_zh = "公共数据量", .name_en = "Public data records"});
    p.add(public_data_records);
    observed(p.observe(public_data_records, y2025, 3.5 * yi_lines, printed{.decimals = 1}));
    const indicator<items_unit> digital_apps_enabled(
        {.id = "digital_apps_enabled", .name_zh = "赋能市、区两级应用",
         .name_en = "Municipal and district applications enabled"});
    p.add(digital_apps_enabled);
    observed(p.observe(digital_apps_enabled, y2025, 44.0 * items, printed{}));
    const indicator<categories_unit> sensing_device_types(
        {.id = "sensing_device_types", .name_zh = "接入感知设备类别",
         .name_en = "Categories of sensing devices connected"});
    p.add(sensing_device_types);
    observed(p.observe(sensing_device_types, y2025, 90.0 * categories, printed{}));
    const indicator<wan<items_unit>> sensing_devices(
        {.id = "sensing_devices", .name_zh = "接入感知设备数量", .name_en = "Sensing devices connected"});
    p.add(sensing_devices);
    observed(p.observe(sensing_devices, y2025, 70.7 * wan_items, printed{.decimals = 1}));
    const indicator<items_unit> district_sign_indicators(
        {.id = "district_sign_indicators", .name_zh = "区级体征指标",
         .name_en = "District-level vital-sign indicators"});
    p.add(district_sign_indicators);
    observed(p.observe(district_sign_indicators, y2025, 5036.0 * items, printed{}));
    const indicator<items_unit> kpi_indicators(
        {.id = "kpi_indicators", .name_zh = "KPI指标", .name_en = "KPI indicators"});
    p.add(kpi_indicators);
    observed(p.observe(kpi_indicators, y2025, 1354.0 * items, printed{}));
    const indicator<percent> sign_indicator_threshold_rate(
        {.id = "sign_indicator_threshold_rate", .name_zh = "体征指标阈值设置率",
         .name_en = "Share of vital-sign indicators with thresholds set", .kind = nature::rate});
    p.add(sign_indicator_threshold_rate);
    observed(p.observe(sign_indicator_threshold_rate, y2025, 100_pct, printed{}));
    const indicator<percent> evaluable_kpi_share(
        {.id = "evaluable_kpi_share", .name_zh = "可评价KPI占比", .name_en = "Share of evaluable KPIs",
         .kind = nature::rate});
    p.add(evaluable_kpi_share);
    observed(p.observe(evaluable_kpi_share, y2025, 100_pct, printed{}));
    const indicator<wan<items_unit>> refined_tasks(
        {.id = "refined_tasks", .name_zh = "细化目标任务", .name_en = "Refined target tasks"});
    p.add(refined_tasks);
    observed(p.observe(refined_tasks, y2025, 1.8 * wan_items, printed{.decimals = 1}));
    const indicator<percent> town_core_business_digitized(
        {.id = "town_core_business_digitized", .name_zh = "镇街核心业务纳入数字化管理比例",
         .name_en = "Share of town/subdistrict core business under digital management", .kind = nature::rate});
    p.add(town_core_business_digitized);
    observed(p.observe(town_core_business_digitized, y2025, 100_pct, printed{}));

    p.add_section("1.5.2", "二是城市品质有效提升");
    const indicator<percent> rail_line7(
        {.id = "rail_line7", .name_zh = "轨道7号线沙区段工程进度",
         .name_en = "Rail Line 7 (Shapingba section) progress", .kind = nature::rate});
    p.add(rail_line7);
    observed(p.observe(rail_line7, y2025, 25.3_pct, printed{.decimals = 1}));
    const indicator<percent> rail_line15(
        {.id = "rail_line15", .name_zh = "轨道15号线沙区段工程进度",
         .name_en = "Rail Line 15 (Shapingba section) progress", .kind = nature::rate});
    p.add(rail_line15);
    observed(p.observe(rail_line15, y2025, 70.1_pct, printed{.decimals = 1}));
    const indicator<percent> rail_line17(
        {.id = "rail_line17", .name_zh = "轨道17号线沙区段工程进度",
         .name_en = "Rail Line 17 (Shapingba section) progress", .kind = nature::rate});
    p.add(rail_line17);
    observed(p.observe(rail_line17, y2025, 23.2_pct, printed{.decimals = 1}));
    const indicator<percent> rail_line27(
        {.id = "rail_line27", .name_zh = "轨道27号线沙区段工程进度",
         .name_en = "Rail Line 27 (Shapingba section) progress", .kind = nature::rate});
    p.add(rail_line27);
    observed(p.observe(rail_line27, y2025, 75_pct, printed{}));
    const indicator<percent> university_town_tunnel2(
        {.id = "university_town_tunnel2", .name_zh = "大学城复线隧道工程进度",
         .name_en = "University Town second tunnel progress", .kind = nature::rate});
    p.add(university_town_tunnel2);
    observed(p.observe(university_town_tunnel2, y2025, 88_pct, printed{}));
    const indicator<wan_square_metres_unit> old_community_renovation(
        {.id = "old_community_renovation", .name_zh = "老旧小区改造",
         .name_en = "Old residential community renovation"});
    p.add(old_community_renovation);
    observed(p.observe(old_community_renovation, y2025, 229.0 * wan_square_metres, printed{}));
    const indicator<machines_unit> old_elevator_renovation(
        {.id = "old_elevator_renovation", .name_zh = "老旧电梯更新改造", .name_en = "Old elevators renewed"});
    p.add(old_elevator_renovation);
    observed(p.observe(old_elevator_renovation, y2025, 778.0 * machines, printed{}));
    const indicator<wan<households_unit>> renovation_households_benefited(
        {.id = "renovation_households_benefited", .name_zh = "惠及居民",
         .name_en = "Households benefiting from renovation"});
    p.add(renovation_households_benefited);
    observed(p.observe(renovation_households_benefited, y2025, 4.5 * wan_households, printed{.decimals = 1}));
    const indicator<wan_square_metres_unit> node_beautification_area(
        {.id = "node_beautification_area", .name_zh = "提质美化节点面积",
         .name_en = "Area of upgraded and beautified nodes"});
    p.add(node_beautification_area);
    observed(p.observe(node_beautification_area, y2025, 11.8 * wan_square_metres, printed{.decimals = 1}));
    const indicator<items_unit> pocket_parks(
        {.id = "pocket_parks", .name_zh = "口袋公园", .name_en = "Pocket parks built"});
    p.add(pocket_parks);
    observed(p.observe(pocket_parks, y2025, 3.0 * items, printed{}));
    const indicator<items_unit> park_shared_spaces(
        {.id = "park_shared_spaces", .name_zh = "公园绿地共享开放空间",
         .name_en = "Shared open spaces in parks added"});
    p.add(park_shared_spaces);
    observed(p.observe(park_shared_spaces, y2025, 2.0 * items, printed{}));
    const indicator<lines_unit> greenways_new(
        {.id = "greenways_new", .name_zh = "新建山城绿道", .name_en = "New mountain-city greenways"});
    p.add(greenways_new);
    observed(p.observe(greenways_new, y2025, 2.0 * lines, printed{}));
    const indicator<items_unit> road_network_projects_started(
        {.id = "road_network_projects_started", .name_zh = "开工路网项目",
         .name_en = "Road network projects started"});
    p.add(road_network_projects_started);
    observed(p.observe(road_network_projects_started, y2025, 9.0 * items, printed{}));
    const indicator<lines_unit> dead_end_roads_connected(
        {.id = "dead_end_roads_connected", .name_zh = "打通“断头路”", .name_en = "Dead-end roads connected"});
    p.add(dead_end_roads_connected);
    observed(p.observe(dead_end_roads_connected, y2025, 4.0 * lines, printed{}));
    const indicator<items_unit> traffic_nodes_treated(
        {.id = "traffic_nodes_treated", .name_zh = "交通节点治理", .name_en = "Traffic nodes treated"});
    p.add(traffic_nodes_treated);
    observed(p.observe(traffic_nodes_treated, y2025, 13.0 * items, printed{}));
    const indicator<items_unit> community_parking_projects(
        {.id = "community_parking_projects", .name_zh = "社区停车综合治理项目",
         .name_en = "Community parking management projects completed"});
    p.add(community_parking_projects);
    observed(p.observe(community_parking_projects, y2025, 17.0 * items, printed{}));
    const indicator<items_unit> small_parking_lots_new(
        {.id = "small_parking_lots_new", .name_zh = "新增小微停车场", .name_en = "New small parking lots"});
    p.add(small_parking_lots_new);
    observed(p.observe(small_parking_lots_new, y2025, 14.0 * items, printed{}));
    const indicator<items_unit> shared_parking_spaces_new(
        {.id = "shared_parking_spaces_new", .name_zh = "新增错时共享停车位",
         .name_en = "New off-peak shared parking spaces"});
    p.add(shared_parking_spaces_new);
    observed(p.observe(shared_parking_spaces_new, y2025, 300.0 * items, printed{}));

    p.add_section("1.5.3", "三是乡村振兴全面推进");
    const indicator<kilometres_unit> rural_roads_new_km(
        {.id = "rural_roads_new_km", .name_zh = "新建“四好农村路”", .name_en = "New \"Four Good\" rural roads"});
    p.add(rural_roads_new_km);
    observed(p.observe(rural_roads_new_km, y2025, 50.0 * kilometres, printed{}));
    const indicator<kilometres_unit> household_access_paths_km(
        {.id = "household_access_paths_km", .name_zh = "入户便道", .name_en = "Household access paths built"});
    p.add(household_access_paths_km);
    observed(p.observe(household_access_paths_km, y2025, 16.0 * kilometres, printed{}));
    const indicator<kilometres_unit> rural_gas_pipeline_km(
        {.id = "rural_gas_pipeline_km", .name_zh = "新建燃气管网（农村）", .name_en = "New rural gas pipelines"});
    p.add(rural_gas_pipeline_km);
    observed(p.observe(rural_gas_pipeline_km, y2025, 9.2 * kilometres, printed{.decimals = 1}));
    const indicator<places_unit> lighting_facilities_new(
        {.id = "lighting_facilities_new", .name_zh = "新增照明设施", .name_en = "New lighting facilities"});
    p.add(lighting_facilities_new);
    observed(p.observe(lighting_facilities_new, y2025, 100.0 * places, printed{}));
    const indicator<households_unit> low_income_dilapidated_housing(
        {.id = "low_income_dilapidated_housing", .name_zh = "低收入群体危房改造",
         .name_en = "Dilapidated houses of low-income households renovated"});
    p.add(low_income_dilapidated_housing);
    observed(p.observe(low_income_dilapidated_housing, y2025, 13.0 * households, printed{}));
    // Villages built in the year: a flow (the data files make it a rate, from its 建成率 below).
    const indicator<items_unit> bayu_harmonious_villages(
        {.id = "bayu_harmonious_villages", .name_zh = "巴渝和美乡村", .name_en = "Bayu harmonious villages built"});
    p.add(bayu_harmonious_villages);
    observed(p.observe(bayu_harmonious_villages, y2025, 10.0 * items, printed{}));
    const indicator<items_unit> harmonious_courtyards(
        {.id = "harmonious_courtyards", .name_zh = "和美院落", .name_en = "Harmonious courtyards built"});
    p.add(harmonious_courtyards);
    observed(p.observe(harmonious_courtyards, y2025, 20.0 * items, printed{}));
    // 建成率达65%: a share of another kind than a count of villages; in the figure book.
    const indicator<yi_yuan_unit> primary_industry_value_added(
        {.id = "primary_industry_value_added", .name_zh = "第一产业增加值",
         .name_en = "Primary industry value added", .basis = price_basis::real});
    p.add(primary_industry_value_added);
    observed(p.observe(primary_industry_value_added, y2025, 6.3 * yi_yuan, printed{.decimals = 1, .growth = 4}));
    // 增幅居全市前列: a rank the report leaves vague; in the figure book.
    const indicator<mu_unit> collective_land_revitalized(
        {.id = "collective_land_revitalized", .name_zh = "盘活集体土地", .name_en = "Collective land revitalised"});
    p.add(collective_land_revitalized);
    observed(p.observe(collective_land_revitalized, y2025, 560.0 * mu, printed{}));
    const indicator<parcels_unit> idle_farmhouses_revitalized(
        {.id = "idle_farmhouses_revitalized", .name_zh = "盘活闲置农房", .name_en = "Idle farmhouses revitalised"});
    p.add(idle_farmhouses_revitalized);
    observed(p.observe(idle_farmhouses_revitalized, y2025, 20.0 * parcels, printed{}));
    const indicator<square_metres_unit> rural_premises_revitalized(
        {.id = "rural_premises_revitalized", .name_zh = "盘活厂房门面",
         .name_en = "Rural workshops and shopfronts revitalised"});
    p.add(rural_premises_revitalized);
    observed(p.observe(rural_premises_revitalized, y2025, 2400.0 * square_metres, printed{}));
    const indicator<items_unit> rural_industry_bases_upgraded(
        {.id = "rural_industry_bases_upgraded", .name_zh = "产业基地提档升级",
         .name_en = "Rural industry bases upgraded"});
    p.add(rural_industry_bases_upgraded);
    observed(p.observe(rural_industry_bases_upgraded, y2025, 10.0 * items, printed{}));
    const indicator<items_unit> rural_projects_signed(
        {.id = "rural_projects_signed", .name_zh = "签约农业项目", .name_en = "Rural projects signed"});
    p.add(rural_projects_signed);
    observed(p.observe(rural_projects_signed, y2025, 7.0 * items, printed{}));
    const indicator<enterprises_unit> agri_processing_firms_above_scale(
        {.id = "agri_processing_firms_above_scale", .name_zh = "规上农产品加工企业",
         .name_en = "Agricultural processing firms above designated size fostered"});
    p.add(agri_processing_firms_above_scale);
    observed(p.observe(agri_processing_firms_above_scale, y2025, 16.0 * enterprises, printed{}));
    const indicator<yi_yuan_unit> agri_processing_output(
        {.id = "agri_processing_output", .name_zh = "农产品加工产值", .name_en = "Agricultural processing output"});
    p.add(agri_processing_output);
    observed(p.observe(agri_processing_output, y2025, 10.0 * yi_yuan, printed{.bound = value_bound::more_than}));
    const indicator<yi_yuan_unit> rural_tourism_revenue(
        {.id = "rural_tourism_revenue", .name_zh = "乡村旅游综合收入", .name_en = "Rural tourism revenue"});
    p.add(rural_tourism_revenue);
    observed(p.observe(rural_tourism_revenue, y2025, 4.9 * yi_yuan, printed{.decimals = 1, .growth = 5}));
    const indicator<wan<person_visits_unit>> rural_tourist_visits(
        {.id = "rural_tourist_visits", .name_zh = "乡村旅游接待游客", .name_en = "Rural tourism visits received"});
    p.add(rural_tourist_visits);
    observed(p.observe(rural_tourist_visits, y2025, 463.0 * wan_person_visits, printed{.growth = 5}));

    // 1.6 （六）全力解决群众急难愁盼问题，民生福祉持续增进
    p.add_section("1.6", "（六）全力解决群众急难愁盼问题，民生福祉持续增进");
    p.add_section("1.6.1", "一是公共服务短板加快补齐");
    const indicator<items_unit> quality_life_circles(
        {.id = "quality_life_circles", .name_zh = "市级“15分钟高品质生活服务圈”社区",
         .name_en = "Communities created as municipal 15-minute quality-life circles"});
    p.add(quality_life_circles);
    observed(p.observe(quality_life_circles, y2025, 2.0 * items, printed{}));
    const indicator<items_unit> education_communities(
        {.id = "education_communities", .name_zh = "教共体", .name_en = "Education communities built"});
    p.add(education_communities);
    observed(p.observe(education_communities, y2025, 15.0 * items, printed{}));
    const indicator<institutions_unit> education_community_member_schools(
        {.id = "education_community_member_schools", .name_zh = "教共体成员校",
         .name_en = "Member schools of education communities"});
    p.add(education_community_member_schools);
    observed(p.observe(education_community_member_schools, y2025, 70.0 * institutions, printed{}));
    const indicator<percent> middle_school_edu_community_coverage(
        {.id = "middle_school_edu_community_coverage", .name_zh = "中学教共体覆盖",
         .name_en = "Coverage of middle schools by education communities", .kind = nature::rate});
    p.add(middle_school_edu_community_coverage);
    observed(p.observe(middle_school_edu_community_coverage, y2025, 100_pct, printed{}));
    const indicator<items_unit> medical_alliances(
        {.id = "medical_alliances", .name_zh = "区域医联体", .name_en = "Regional medical alliances formed"});
    p.add(medical_alliances);
    observed(p.observe(medical_alliances, y2025, 6.0 * items, printed{}));
    const indicator<items_unit> medical_communities(
        {.id = "medical_communities", .name_zh = "医共体", .name_en = "Medical communities formed"});
    p.add(medical_communities);
    observed(p.observe(medical_communities, y2025, 4.0 * items, printed{}));
    const indicator<percent> test_result_mutual_recognition(
        {.id = "test_result_mutual_recognition", .name_zh = "医检互认率",
         .name_en = "Mutual recognition rate of medical test results", .kind = nature::rate});
    p.add(test_result_mutual_recognition);
    observed(p.observe(test_result_mutual_recognition, y2025, 40_pct, printed{}));
    const indicator<wan<person_visits_unit>> medical_community_platform_beneficiaries(
        {.id = "medical_community_platform_beneficiaries", .name_zh = "医共体平台惠及人次",
         .name_en = "Person-visits served by the medical community platform"});
    p.add(medical_community_platform_beneficiaries);
    observed(p.observe(medical_community_platform_beneficiaries, y2025, 576.2 * wan_person_visits, printed{.decimals = 1}));
    const indicator<enterprises_unit> community_medical_centers_new(
        {.id = "community_medical_centers_new", .name_zh = "社区医疗服务中心",
         .name_en = "Community medical service centres completed"});
    p.add(community_medical_centers_new);
    observed(p.observe(community_medical_centers_new, y2025, 3.0 * enterprises, printed{}));
    const indicator<items_unit> new_cultural_spaces(
        {.id = "new_cultural_spaces", .name_zh = "新型文化空间", .name_en = "New-type cultural spaces"});
    p.add(new_cultural_spaces);
    observed(p.observe(new_cultural_spaces, y2025, 43.0 * items, printed{}));
    const indicator<items_unit> affordable_rental_housing_projects_completed(
        {.id = "affordable_rental_housing_projects_completed", .name_zh = "完工投用保障性租赁住房项目",
         .name_en = "Affordable rental housing projects completed"});
    p.add(affordable_rental_housing_projects_completed);
    observed(p.observe(affordable_rental_housing_projects_completed, y2025, 4.0 * items, printed{}));
    const indicator<items_unit> affordable_housing_projects_ongoing(
        {.id = "affordable_housing_projects_ongoing", .name_zh = "推进保障性住房项目",
         .name_en = "Affordable housing projects under construction"});
    p.add(affordable_housing_projects_ongoing);
    observed(p.observe(affordable_housing_projects_ongoing, y2025, 4.0 * items, printed{}));

    p.add_section("1.6.2", "二是社会保障体系逐步完善");
    const indicator<events_unit> job_fairs(
        {.id = "job_fairs", .name_zh = "招聘活动", .name_en = "Recruitment events held"});
    p.add(job_fairs);
    observed(p.observe(job_fairs, y2025, 142.0 * events, printed{}));
    const indicator<wan<items_unit>> jobs_posted(
        {.id = "jobs_posted", .name_zh = "发布岗位", .name_en = "Job vacancies posted"});
    p.add(jobs_posted);
    observed(p.observe(jobs_posted, y2025, 12.5 * wan_items, printed{.decimals = 1, .bound = value_bound::more_than}));
    const indicator<person_visits_unit> vocational_training(
        {.id = "vocational_training", .name_zh = "职业技能培训", .name_en = "Vocational skills training"});
    p.add(vocational_training);
    observed(p.observe(vocational_training, y2025, 5900.0 * person_visits, printed{.bound = value_bound::more_than}));
    const indicator<wan<persons_unit>> graduates_retained(
        {.id = "graduates_retained", .name_zh = "吸引高校毕业生“留沙来沙”",
         .name_en = "College graduates attracted to stay or come"});
    p.add(graduates_retained);
    observed(p.observe(graduates_retained, y2025, 2.1 * wan_persons, printed{.decimals = 1}));
    const indicator<wan<persons_unit>> urban_jobs_new(
        {.id = "urban_jobs_new", .name_zh = "新增城镇就业", .name_en = "New urban jobs"});
    p.add(urban_jobs_new);
    observed(p.observe(urban_jobs_new, y2025, 3.5 * wan_persons, printed{.decimals = 1}));
    const indicator<percent> surveyed_unemployment_rate(
        {.id = "surveyed_unemployment_rate", .name_zh = "调查失业率", .name_en = "Surveyed unemployment rate",
         .better = direction::lower_is_better, .kind = nature::rate});
    p.add(surveyed_unemployment_rate);
    observed(p.observe(surveyed_unemployment_rate, y2025, 5.5_pct, printed{.decimals = 1, .bound = value_bound::at_most}));
    const indicator<households_unit> zero_employment_families(
        {.id = "zero_employment_families", .name_zh = "零就业家庭", .name_en = "Zero-employment families",
         .better = direction::lower_is_better});
    p.add(zero_employment_families);
    observed(p.observe(zero_employment_families, y2025, 0.0 * households, printed{}));
    const indicator<wan<persons_unit>> medical_insurance_enrollees(
        {.id = "medical_insurance_enrollees", .name_zh = "基本医疗保险参保",
         .name_en = "Basic medical insurance enrollees"});
    p.add(medical_insurance_enrollees);
    observed(p.observe(medical_insurance_enrollees, y2025, 85.0 * wan_persons, printed{}));
    const indicator<wan<person_visits_unit>> medical_insurance_reimbursements(
        {.id = "medical_insurance_reimbursements", .name_zh = "医保累计报销人次",
         .name_en = "Medical insurance reimbursements (person-times)"});
    p.add(medical_insurance_reimbursements);
    observed(p.observe(medical_insurance_reimbursements, y2025, 691.0 * wan_person_visits,
              printed{.bound = value_bound::more_than}));
    const indicator<yi_yuan_unit> medical_insurance_reimbursement_amount(
        {.id = "medical_insurance_reimbursement_amount", .name_zh = "医保报销金额",
         .name_en = "Medical insurance reimbursement amount"});
    p.add(medical_insurance_reimbursement_amount);
    observed(p.observe(medical_insurance_reimbursement_amount, y2025, 14.0 * yi_yuan, printed{}));
    const indicator<wan_yuan_unit> maternity_allowance(
        {.id = "maternity_allowance", .name_zh = "生育津贴发放", .name_en = "Maternity allowance paid"});
    p.add(maternity_allowance);
    observed(p.observe(maternity_allowance, y2025, 9000.0 * wan_yuan, printed{.bound = value_bound::less_than}));
    const indicator<wan<person_visits_unit>> medical_aid_visits(
        {.id = "medical_aid_visits", .name_zh = "医疗救助对象就医",
         .name_en = "Medical visits by medical aid recipients"});
    p.add(medical_aid_visits);
    observed(p.observe(medical_aid_visits, y2025, 1.7 * wan_person_visits, printed{.decimals = 1}));
    const indicator<wan_yuan_unit> medical_aid_reimbursement(
        {.id = "medical_aid_reimbursement", .name_zh = "医疗救助报销", .name_en = "Medical aid reimbursement"});
    p.add(medical_aid_reimbursement);
    observed(p.observe(medical_aid_reimbursement, y2025, 1149.9 * wan_yuan, printed{.decimals = 1}));
    const indicator<wan<persons_unit>> pension_insurance_enrollees(
        {.id = "pension_insurance_enrollees", .name_zh = "养老保险参保", .name_en = "Pension insurance enrollees"});
    p.add(pension_insurance_enrollees);
    observed(p.observe(pension_insurance_enrollees, y2025, 42.9 * wan_persons, printed{.decimals = 1}));
    const indicator<enterprises_unit> community_canteens(
        {.id = "community_canteens", .name_zh = "社区食堂", .name_en = "Community canteens built"});
    p.add(community_canteens);
    observed(p.observe(community_canteens, y2025, 40.0 * enterprises, printed{}));
    // 每千常住人口托位数4.5个: a count per 1,000 residents. indicator<U> takes no per-thousand unit, so
    // this one indicator is declared in the run-time form that data files use.
    p.add_indicator({.id = "childcare_places_per_1000", .name_zh = "每千常住人口托位数",
                     .name_en = "Childcare places per 1,000 residents", .unit = unit_of("个/千人"),
                     .kind = nature::rate});
    observed(p.add_observation("childcare_places_per_1000", y2025, 4.5, printed{.decimals = 1}));
    const indicator<percent> affordable_childcare_share(
        {.id = "affordable_childcare_share", .name_zh = "普惠托位占比",
         .name_en = "Share of affordable childcare places", .kind = nature::rate});
    p.add(affordable_childcare_share);
    observed(p.observe(affordable_childcare_share, y2025, 100_pct, printed{}));
    const indicator<titles_unit> double_support_model_city_titles(
        {.id = "double_support_model_city_titles", .name_zh = "“全国双拥模范城”连冠",
         .name_en = "Consecutive National Double-Support Model City titles"});
    p.add(double_support_model_city_titles);
    observed(p.observe(double_support_model_city_titles, y2025, 7.0 * titles, printed{}));
    const indicator<places_unit> friendly_scenes(
        {.id = "friendly_scenes", .name_zh = "友好场景", .name_en = "Friendly scenes for new-employment groups"});
    p.add(friendly_scenes);
    observed(p.observe(friendly_scenes, y2025, 1500.0 * places, printed{.bound = value_bound::more_than}));

    p.add_section("1.6.3", "三是安全底线持续筑牢");
    const indicator<cases_unit> disputes_screened(
        {.id = "disputes_screened", .name_zh = "排查突出信访矛盾纠纷",
         .name_en = "Major petition disputes screened"});
    p.add(disputes_screened);
    observed(p.observe(disputes_screened, y2025, 58.0 * cases, printed{}));
    const indicator<cases_unit> disputes_resolved(
        {.id = "disputes_resolved", .name_zh = "化解信访矛盾纠纷", .name_en = "Petition disputes resolved"});
    p.add(disputes_resolved);
    observed(p.observe(disputes_resolved, y2025, 55.0 * cases, printed{}));
    const indicator<percent> disputes_resolution_rate(
        {.id = "disputes_resolution_rate", .name_zh = "化解率", .name_en = "Dispute resolution rate",
         .kind = nature::rate});
    p.add(disputes_resolution_rate);
    observed(p.observe(disputes_resolution_rate, y2025, 94.8_pct, printed{.decimals = 1}));
    const indicator<wan<cases_unit>> public_requests(
        {.id = "public_requests", .name_zh = "“民呼我为”平台受理群众诉求",
         .name_en = "Public requests received on the Minhu Woewei platform"});
    p.add(public_requests);
    observed(p.observe(public_requests, y2025, 8.9 * wan_cases, printed{.decimals = 1, .bound = value_bound::more_than}));
    const indicator<percent> public_satisfaction(
        {.id = "public_satisfaction", .name_zh = "群众综合满意率", .name_en = "Overall public satisfaction rate",
         .kind = nature::rate});
    p.add(public_satisfaction);
    observed(p.observe(public_satisfaction, y2025, 95.2_pct, printed{.decimals = 1, .growth = 8.4, .growth_decimals = 1}));
    // 事故数和死亡人数同比下降28.5%、33.3%: declines (growth of -28.5 %), without levels. Fewer is better,
    // which the data files cannot say without a target.
    p.add(indicator<growth_rate>({.id = "safety_accidents", .name_zh = "安全生产事故数",
                                  .name_en = "Work-safety accidents", .better = direction::lower_is_better}));
    observed(p.add_growth_only("safety_accidents", y2025, growth_rate::from_percent(-28.5), 1));
    p.add(indicator<growth_rate>({.id = "safety_deaths", .name_zh = "安全生产事故死亡人数",
                                  .name_en = "Work-safety accident deaths", .better = direction::lower_is_better}));
    observed(p.add_growth_only("safety_deaths", y2025, growth_rate::from_percent(-33.3), 1));
    const indicator<households_unit> urban_dilapidated_housing(
        {.id = "urban_dilapidated_housing", .name_zh = "城镇CD级危房改造",
         .name_en = "Urban grade C/D dilapidated housing renovation"});
    p.add(urban_dilapidated_housing);
    observed(p.observe(urban_dilapidated_housing, y2025, 2000.0 * households, printed{}));
    const indicator<buildings_unit> self_built_housing_rectified(
        {.id = "self_built_housing_rectified", .name_zh = "隐患自建房整治",
         .name_en = "Hazardous self-built houses rectified"});
    p.add(self_built_housing_rectified);
    observed(p.observe(self_built_housing_rectified, y2025, 930.0 * buildings, printed{}));

    // 二、2026年实现国民经济和社会发展计划的重点工作: the 2026 targets. A plain figure ("新增高新技术企业
    // 80家") is read as a floor; 超, 突破 and 余 as "more than"; 以内 as a ceiling. Targets of indicators
    // met above reuse them, so a target's unit is checked against the 2025 actual's.
    p.add_section("2", "二、2026年实现国民经济和社会发展计划的重点工作");

    // 2.1 （一）加快推动成渝地区双城经济圈主阵地建设走深走实，全面提升区域发展能级
    p.add_section("2.1", "（一）加快推动成渝地区双城经济圈主阵地建设走深走实，全面提升区域发展能级");
    p.add_section("2.1.1", "全面落实中心城区强核提能级行动");
    const indicator<items_unit> rail_line15_stations_main_done(
        {.id = "rail_line15_stations_main_done", .name_zh = "15号线（沙区段）站点主体完工",
         .name_en = "Rail Line 15 (Shapingba section) stations structurally completed"});
    p.add(rail_line15_stations_main_done);
    p.add(at_least(rail_line15_stations_main_done, 5.0 * items, y2026)
              .id("rail_line15_stations_main_done.level.2026").text("推动15号线（沙区段）5个站点"),
          "2.1.1");

    // 2.2 （二）高水平建设制造强区，加快构建现代化产业体系
    p.add_section("2.2", "（二）高水平建设制造强区，加快构建现代化产业体系");
    p.add_section("2.2.1", "加快构建“1+2+4+N”先进制造业产业体系");
    p.add(at_least(auto_key_projects_landed, 40.0 * items, y2026)
              .id("auto_key_projects_landed.level.2026").text("落地安培龙智造基地等40个重点项目"),
          "2.2.1");

    p.add_section("2.2.2", "加力推动现代生产性服务业扩能提质");
    const indicator<items_unit> star_rated_service_buildings(
        {.id = "star_rated_service_buildings", .name_zh = "生产性服务业特色“星级”楼宇",
         .name_en = "Star-rated producer-service buildings"});
    p.add(star_rated_service_buildings);
    p.add(at_least(star_rated_service_buildings, 2.0 * items, y2026)
              .id("star_rated_service_buildings.level.2026").text("打造生产性服务业特色“星级”楼宇2个"),
          "2.2.2");
    const indicator<items_unit> software_projects_operational(
        {.id = "software_projects_operational", .name_zh = "投运项目（软信）",
         .name_en = "Software projects put into operation"});
    p.add(software_projects_operational);
    p.add(at_least(software_projects_operational, 15.0 * items, y2026)
              .id("software_projects_operational.level.2026").text("推动深开鸿鸿蒙系统等15个项目投运"),
          "2.2.2");
    p.add(at_least(industrial_design_centers, 2.0 * items, y2026)
              .id("industrial_design_centers.level.2026").text("创建市级工业设计中心2个"),
          "2.2.2");
    const indicator<enterprises_unit> legal_district_institutions(
        {.id = "legal_district_institutions", .name_zh = "国际法务区实体化运行单位",
         .name_en = "Institutions operating in the international legal services district"});
    p.add(legal_district_institutions);
    p.add(at_least(legal_district_institutions, 7.0 * enterprises, y2026)
              .id("legal_district_institutions.level.2026").text("仲裁中心等7家单位"),
          "2.2.2");
    const indicator<items_unit> legal_district_functional_sites(
        {.id = "legal_district_functional_sites", .name_zh = "国际法务区功能性站点",
         .name_en = "Functional sites operating in the international legal services district"});
    p.add(legal_district_functional_sites);
    p.add(at_least(legal_district_functional_sites, 9.0 * items, y2026)
              .id("legal_district_functional_sites.level.2026").text("涉外公证服务站等9个功能性站点实体化运行"),
          "2.2.2");

    p.add_section("2.2.3", "稳步提升招商引资质效");
    const indicator<percent> signed_projects_started(
        {.id = "signed_projects_started", .name_zh = "签约项目落地开工比例",
         .name_en = "Share of signed projects landed and started", .kind = nature::rate});
    p.add(signed_projects_started);
    p.add(at_least(signed_projects_started, 80_pct, y2026)
              .id("signed_projects_started.share.2026").text("推动80%以上签约项目落地开工"),
          "2.2.3");

    // 2.3 （三）全力争当创新驱动排头兵，推动科技创新与产业创新深度融合
    p.add_section("2.3", "（三）全力争当创新驱动排头兵，推动科技创新与产业创新深度融合");
    p.add_section("2.3.1", "持续打造环大学创新创业生态圈");
    p.add(at_least(high_value_sci_tech_achievements, 20.0 * items, y2026)
              .id("high_value_sci_tech_achievements.level.2026").text("新转化高价值科技成果20项"),
          "2.3.1");
    const indicator<person_visits_unit> research_services(
        {.id = "research_services", .name_zh = "科研服务覆盖", .name_en = "Research services provided"});
    p.add(research_services);
    p.add(at_least(research_services, 100.0 * person_visits, y2026)
              .id("research_services.level.2026").text("科研服务覆盖100人次"),
          "2.3.1");
    const indicator<persons_unit> high_end_talent_attracted(
        {.id = "high_end_talent_attracted", .name_zh = "引进重点领域高端人才",
         .name_en = "High-end talent attracted in key fields"});
    p.add(high_end_talent_attracted);
    p.add(at_least(high_end_talent_attracted, 100.0 * persons, y2026)
              .id("high_end_talent_attracted.level.2026").text("引进各重点领域高端人才100人以上"),
          "2.3.1");
    const indicator<persons_unit> new_chongqing_talent_new(
        {.id = "new_chongqing_talent_new", .name_zh = "新增新重庆人才", .name_en = "New \"New Chongqing\" talents"});
    p.add(new_chongqing_talent_new);
    p.add(at_least(new_chongqing_talent_new, 500.0 * persons, y2026)
              .id("new_chongqing_talent_new.level.2026").text("新增新重庆人才500人以上"),
          "2.3.1");

    p.add_section("2.3.2", "加快建设高能级创新平台");
    const indicator<items_unit> new_rd_institutions(
        {.id = "new_rd_institutions", .name_zh = "区级新型研发机构",
         .name_en = "District-level new-type R&D institutions created"});
    p.add(new_rd_institutions);
    p.add(at_least(new_rd_institutions, 2.0 * items, y2026)
              .id("new_rd_institutions.level.2026").text("创建区级新型研发机构2个"),
          "2.3.2");
    const indicator<items_unit> university_led_innovation_complexes(
        {.id = "university_led_innovation_complexes", .name_zh = "高校主导型产业创新综合体",
         .name_en = "University-led industrial innovation complexes"});
    p.add(university_led_innovation_complexes);
    p.add(at_least(university_led_innovation_complexes, 1.0 * items, y2026)
              .id("university_led_innovation_complexes.level.2026").text("打造高校主导型产业创新综合体1个"),
          "2.3.2");
    const indicator<items_unit> startup_projects_facilitated(
        {.id = "startup_projects_facilitated", .name_zh = "促成创新创业项目",
         .name_en = "Innovation and start-up projects facilitated"});
    p.add(startup_projects_facilitated);
    p.add(at_least(startup_projects_facilitated, 30.0 * items, y2026)
              .id("startup_projects_facilitated.level.2026").text("促成创新创业项目30个"),
          "2.3.2");

    p.add_section("2.3.3", "不断培育科技创新主体");
    const indicator<enterprises_unit> tech_enterprise_pool(
        {.id = "tech_enterprise_pool", .name_zh = "纳入重点培育科技企业库的区属企业",
         .name_en = "District firms in the key tech-enterprise cultivation pool"});
    p.add(tech_enterprise_pool);
    p.add(at_least(tech_enterprise_pool, 500.0 * enterprises, y2026)
              .id("tech_enterprise_pool.level.2026").text("将500家区属企业纳入重点培育科技企业库"),
          "2.3.3");
    const indicator<items_unit> joint_tech_projects(
        {.id = "joint_tech_projects", .name_zh = "企业联合技术攻关项目",
         .name_en = "Joint enterprise technology projects"});
    p.add(joint_tech_projects);
    p.add(at_least(joint_tech_projects, 10.0 * items, y2026)
              .id("joint_tech_projects.level.2026").text("促成企业联合技术攻关项目10个"),
          "2.3.3");
    p.add(at_least(high_tech_enterprises_new, 80.0 * enterprises, y2026)
              .id("high_tech_enterprises_new.level.2026").text("新增高新技术企业80家"),
          "2.3.3");
    p.add(at_least(tech_enterprises_new, 450.0 * enterprises, y2026)
              .id("tech_enterprises_new.level.2026").text("科技型企业450家以上"),
          "2.3.3");

    // 2.4 （四）深入推进内外贸一体化发展，全力融入打造内陆开放综合枢纽
    p.add_section("2.4", "（四）深入推进内外贸一体化发展，全力融入打造内陆开放综合枢纽");
    p.add_section("2.4.1", "不断完善开放通道体系");
    // 全年开行国际班列3800列: fewer than the 4156 run in 2025; the audit warns of it.
    p.add(at_least(intl_freight_trains, 3800.0 * trains, y2026)
              .id("intl_freight_trains.level.2026").text("全年开行国际班列3800列"),
          "2.4.1");

    p.add_section("2.4.2", "高水平建设运营国际铁路港综保区");
    const indicator<wan<vehicles_unit>> yu_vehicles_export(
        {.id = "yu_vehicles_export", .name_zh = "“渝车出海”", .name_en = "Chongqing-made vehicles exported"});
    p.add(yu_vehicles_export);
    p.add(at_least(yu_vehicles_export, 7.0 * wan_vehicles, y2026)
              .id("yu_vehicles_export.level.2026").text("助力“渝车出海”7万辆"),
          "2.4.2");
    const indicator<items_unit> bonded_plus_projects_signed(
        {.id = "bonded_plus_projects_signed", .name_zh = "“保税+”项目签约",
         .name_en = "Bonded-plus projects signed"});
    p.add(bonded_plus_projects_signed);
    p.add(at_least(bonded_plus_projects_signed, 10.0 * items, y2026)
              .id("bonded_plus_projects_signed.level.2026").text("推动“保税+”项目签约10个以上"),
          "2.4.2");
    // 超120亿元、同比增长50%以上: two conditions on one indicator, both to hold.
    p.add(all_of(more_than(bonded_import_export, 120.0 * yi_yuan, y2026),
                 growth_at_least(bonded_import_export, growth_rate::from_percent(50), y2026))
              .id("bonded_import_export.level.2026").text("实现保税业务进出口额超120亿元"),
          "2.4.2");

    p.add_section("2.4.3", "持续深化内外贸一体化发展");
    p.add(at_least(investment_task_forces, 5.0 * items, y2026)
              .id("investment_task_forces.level.2026").text("强化五个对外合作招商专班作用发挥"),
          "2.4.3");
    const indicator<items_unit> african_countries_in_center(
        {.id = "african_countries_in_center", .name_zh = "入驻非洲国家商务合作中心的国家",
         .name_en = "Countries in the African Business Cooperation Centre"});
    p.add(african_countries_in_center);
    p.add(at_least(african_countries_in_center, 10.0 * items, y2026)
              .id("african_countries_in_center.level.2026").text("加纳等10个国家入驻非洲国家商务合作中心"),
          "2.4.3");
    const indicator<yi_yuan_unit> africa_trade(
        {.id = "africa_trade", .name_zh = "与非洲贸易额", .name_en = "Trade with Africa"});
    p.add(africa_trade);
    p.add(more_than(africa_trade, 40.0 * yi_yuan, y2026).id("africa_trade.level.2026").text("与非洲贸易额突破40亿元"),
          "2.4.3");
    const indicator<yi_yuan_unit> americas_trade(
        {.id = "americas_trade", .name_zh = "与美洲贸易额", .name_en = "Trade with the Americas"});
    p.add(americas_trade);
    p.add(more_than(americas_trade, 30.0 * yi_yuan, y2026)
              .id("americas_trade.level.2026").text("与美洲贸易额突破30亿元"),
          "2.4.3");
    const indicator<items_unit> central_asia_projects_landed(
        {.id = "central_asia_projects_landed", .name_zh = "落地中亚经贸项目",
         .name_en = "Central Asia trade projects landed"});
    p.add(central_asia_projects_landed);
    p.add(at_least(central_asia_projects_landed, 5.0 * items, y2026)
              .id("central_asia_projects_landed.level.2026").text("天津中投等5个项目"),
          "2.4.3");

    // 2.5 （五）全力扩投资促消费，促进形成内需主导经济发展模式
    p.add_section("2.5", "（五）全力扩投资促消费，促进形成内需主导经济发展模式");
    p.add_section("2.5.2", "全力融入国际消费中心城市建设");
    const indicator<items_unit> landmark_consumption_scenes(
        {.id = "landmark_consumption_scenes", .name_zh = "标志性消费新场景",
         .name_en = "Landmark new consumption scenes built"});
    p.add(landmark_consumption_scenes);
    p.add(at_least(landmark_consumption_scenes, 10.0 * items, y2026)
              .id("landmark_consumption_scenes.level.2026").text("建成标志性消费新场景10个"),
          "2.5.2");

    p.add_section("2.5.3", "全方位打造世界级旅游目的地");
    const indicator<items_unit> intl_exchange_events(
        {.id = "intl_exchange_events", .name_zh = "国际交流活动", .name_en = "International exchange events held"});
    p.add(intl_exchange_events);
    p.add(at_least(intl_exchange_events, 5.0 * items, y2026)
              .id("intl_exchange_events.level.2026").text("等5个国际交流活动"),
          "2.5.3");
    const indicator<enterprises_unit> performing_arts_firms_attracted(
        {.id = "performing_arts_firms_attracted", .name_zh = "引入演艺企业",
         .name_en = "Performing-arts companies attracted"});
    p.add(performing_arts_firms_attracted);
    p.add(at_least(performing_arts_firms_attracted, 3.0 * enterprises, y2026)
              .id("performing_arts_firms_attracted.level.2026").text("引入3家演艺企业"),
          "2.5.3");

    // 2.6 （六）深化重点领域改革，不断激发高质量发展内生动力
    p.add_section("2.6", "（六）深化重点领域改革，不断激发高质量发展内生动力");
    p.add_section("2.6.1", "持续推动城市治理现代化");
    const indicator<items_unit> ai_application_scenarios(
        {.id = "ai_application_scenarios", .name_zh = "“AI+”应用场景", .name_en = "AI+ application scenarios"});
    p.add(ai_application_scenarios);
    p.add(at_least(ai_application_scenarios, 2.0 * items, y2026)
              .id("ai_application_scenarios.level.2026").text("具有沙坪坝辨识度的“AI+”应用场景2个"),
          "2.6.1");
    const indicator<places_unit> ground_collapse_risks_eliminated(
        {.id = "ground_collapse_risks_eliminated", .name_zh = "消除地面塌陷坑风险",
         .name_en = "Ground collapse pit risks eliminated"});
    p.add(ground_collapse_risks_eliminated);
    p.add(at_least(ground_collapse_risks_eliminated, 100.0 * places, y2026)
              .id("ground_collapse_risks_eliminated.level.2026").text("消除100处地面塌陷坑风险"),
          "2.6.1");
    const indicator<percent> friendly_towns_coverage(
        {.id = "friendly_towns_coverage", .name_zh = "新就业群体“友好镇街”覆盖",
         .name_en = "Coverage of \"friendly towns\" for new-employment groups", .kind = nature::rate});
    p.add(friendly_towns_coverage);
    p.add(at_least(friendly_towns_coverage, 100_pct, y2026)
              .id("friendly_towns_coverage.share.2026").text("推动新就业群体“友好镇街”实现全覆盖"),
          "2.6.1");

    p.add_section("2.6.2", "加力深化国资国企改革");
    const indicator<wan_square_metres_unit> idle_buildings_revitalized(
        {.id = "idle_buildings_revitalized", .name_zh = "盘活闲置房屋", .name_en = "Idle buildings revitalised"});
    p.add(idle_buildings_revitalized);
    p.add(at_least(idle_buildings_revitalized, 55.0 * wan_square_metres, y2026)
              .id("idle_buildings_revitalized.level.2026").text("盘活闲置房屋55万平方米"),
          "2.6.2");
    const indicator<mu_unit> idle_land_revitalized(
        {.id = "idle_land_revitalized", .name_zh = "盘活闲置土地", .name_en = "Idle state land revitalised"});
    p.add(idle_land_revitalized);
    p.add(at_least(idle_land_revitalized, 1000.0 * mu, y2026)
              .id("idle_land_revitalized.level.2026").text("闲置土地1000亩"),
          "2.6.2");

    // 2.7 （七）坚持以城乡融合发展为导向，高水平建设现代化人民城市
    p.add_section("2.7", "（七）坚持以城乡融合发展为导向，高水平建设现代化人民城市");
    p.add_section("2.7.1", "加快提升城市品质");
    const indicator<items_unit> urban_renewal_zones(
        {.id = "urban_renewal_zones", .name_zh = "城市更新片区", .name_en = "Urban renewal zones delineated"});
    p.add(urban_renewal_zones);
    p.add(at_least(urban_renewal_zones, 5.0 * items, y2026)
              .id("urban_renewal_zones.level.2026").text("划分“两中心三基地”五大城市更新片区"),
          "2.7.1");
    p.add(at_least(old_community_renovation, 229.0 * wan_square_metres, y2026)
              .id("old_community_renovation.level.2026").text("完成229万平方米老旧小区改造"),
          "2.7.1");
    const indicator<kilometres_unit> gas_pipeline_rectified_km(
        {.id = "gas_pipeline_rectified_km", .name_zh = "整治燃气管网", .name_en = "Gas pipelines rectified"});
    p.add(gas_pipeline_rectified_km);
    p.add(at_least(gas_pipeline_rectified_km, 32.0 * kilometres, y2026)
              .id("gas_pipeline_rectified_km.level.2026").text("整治32公里燃气管网"),
          "2.7.1");
    const indicator<kilometres_unit> drainage_pipeline_km(
        {.id = "drainage_pipeline_km", .name_zh = "新改建排水管网",
         .name_en = "Drainage pipelines newly built or rebuilt"});
    p.add(drainage_pipeline_km);
    p.add(at_least(drainage_pipeline_km, 50.0 * kilometres, y2026)
              .id("drainage_pipeline_km.level.2026").text("新改建50公里排水管网"),
          "2.7.1");
    const indicator<lines_unit> bus_routes_optimized(
        {.id = "bus_routes_optimized", .name_zh = "优化公交线路", .name_en = "Bus routes optimised"});
    p.add(bus_routes_optimized);
    p.add(at_least(bus_routes_optimized, 10.0 * lines, y2026)
              .id("bus_routes_optimized.level.2026").text("优化公交线路10条"),
          "2.7.1");
    const indicator<lines_unit> custom_bus_routes_new(
        {.id = "custom_bus_routes_new", .name_zh = "新增定制公交线路", .name_en = "New customised bus routes"});
    p.add(custom_bus_routes_new);
    p.add(at_least(custom_bus_routes_new, 5.0 * lines, y2026)
              .id("custom_bus_routes_new.level.2026").text("新增定制公交线路5条以上"),
          "2.7.1");

    p.add_section("2.7.2", "全面推进城乡融合");
    p.add(at_least(bayu_harmonious_villages, 9.0 * items, y2026)
              .id("bayu_harmonious_villages.level.2026").text("建成巴渝和美乡村9个"),
          "2.7.2");
    const indicator<items_unit> reform_pilot_villages(
        {.id = "reform_pilot_villages", .name_zh = "强村富民综合改革试点村",
         .name_en = "Pilot villages for village-strengthening reform"});
    p.add(reform_pilot_villages);
    p.add(at_least(reform_pilot_villages, 4.0 * items, y2026)
              .id("reform_pilot_villages.level.2026").text("打造强村富民综合改革试点村4个"),
          "2.7.2");
    p.add(at_least(collective_land_revitalized, 500.0 * mu, y2026)
              .id("collective_land_revitalized.level.2026").text("盘活集体土地500亩"),
          "2.7.2");
    p.add(at_least(idle_farmhouses_revitalized, 30.0 * parcels, y2026)
              .id("idle_farmhouses_revitalized.level.2026").text("闲置农房30宗"),
          "2.7.2");
    p.add(at_least(rural_industry_bases_upgraded, 5.0 * items, y2026)
              .id("rural_industry_bases_upgraded.level.2026").text("优化升级农文旅产业基地5个以上"),
          "2.7.2");
    p.add(at_least(rural_roads_new_km, 50.0 * kilometres, y2026)
              .id("rural_roads_new_km.level.2026").text("新建“四好农村路”50公里"),
          "2.7.2");
    const indicator<percent> rural_delivery_network_coverage(
        {.id = "rural_delivery_network_coverage", .name_zh = "城乡配送网络工程项目覆盖",
         .name_en = "Coverage of urban-rural delivery network projects", .kind = nature::rate});
    p.add(rural_delivery_network_coverage);
    p.add(at_least(rural_delivery_network_coverage, 100_pct, y2026)
              .id("rural_delivery_network_coverage.share.2026").text("实施城乡配送网络工程项目全面覆盖"),
          "2.7.2");

    p.add_section("2.7.3", "持续筑牢生态屏障");
    const indicator<lines_unit> black_odorous_water_urban_rural(
        {.id = "black_odorous_water_urban_rural", .name_zh = "城乡黑臭水体",
         .name_en = "Urban and rural black and odorous water bodies", .better = direction::lower_is_better});
    p.add(black_odorous_water_urban_rural);
    p.add(dynamic_zero(black_odorous_water_urban_rural, y2026).binding()
              .id("black_odorous_water_urban_rural.level.2026").text("持续巩固城乡黑臭水体动态清零成效"),
          "2.7.3");
    p.add(at_least(zero_waste_cells_new, 15.0 * items, y2026)
              .id("zero_waste_cells_new.level.2026").text("力争新建15个“无废城市细胞”"),
          "2.7.3");

    // 2.8 （八）推动生育友好型城市建设，在发展中保障和改善民生
    p.add_section("2.8", "（八）推动生育友好型城市建设，在发展中保障和改善民生");
    p.add_section("2.8.1", "切实兜牢民生底线");
    const indicator<persons_unit> skilled_talent_trained(
        {.id = "skilled_talent_trained", .name_zh = "培育产业急需高素质人才",
         .name_en = "High-quality talent trained for industry needs"});
    p.add(skilled_talent_trained);
    p.add(at_least(skilled_talent_trained, 3000.0 * persons, y2026)
              .id("skilled_talent_trained.level.2026").text("培育产业急需高素质人才3000人"),
          "2.8.1");
    const indicator<items_unit> emerging_jobs_developed(
        {.id = "emerging_jobs_developed", .name_zh = "开发新兴领域就业岗位",
         .name_en = "Jobs developed in emerging fields"});
    p.add(emerging_jobs_developed);
    p.add(more_than(emerging_jobs_developed, 6000.0 * items, y2026)
              .id("emerging_jobs_developed.level.2026").text("精准开发新兴领域就业岗位6000余个"),
          "2.8.1");
    p.add(dynamic_zero(zero_employment_families, y2026).binding()
              .id("zero_employment_families.level.2026").text("实现零就业家庭动态清零"),
          "2.8.1");
    p.add(at_least(urban_jobs_new, 3.5 * wan_persons, y2026)
              .id("urban_jobs_new.level.2026").text("确保全年新增就业3.5万人以上"),
          "2.8.1");
    p.add(at_most(surveyed_unemployment_rate, 5.5_pct, y2026).binding()
              .id("surveyed_unemployment_rate.share.2026").text("城镇调查失业率控制在5.5%以内"),
          "2.8.1");
    const indicator<items_unit> assisted_reproduction_items_covered(
        {.id = "assisted_reproduction_items_covered", .name_zh = "纳入医保的辅助生殖类项目",
         .name_en = "Assisted reproduction items covered by medical insurance"});
    p.add(assisted_reproduction_items_covered);
    p.add(at_least(assisted_reproduction_items_covered, 13.0 * items, y2026)
              .id("assisted_reproduction_items_covered.level.2026").text("13项辅助生殖类项目纳入医保支付政策落地"),
          "2.8.1");
    const indicator<items_unit> elderly_care_complexes(
        {.id = "elderly_care_complexes", .name_zh = "养老服务综合体", .name_en = "Elderly care service complexes"});
    p.add(elderly_care_complexes);
    p.add(at_least(elderly_care_complexes, 1.0 * items, y2026)
              .id("elderly_care_complexes.level.2026").text("打造养老服务综合体1个"),
          "2.8.1");
    const indicator<percent> nursing_bed_share(
        {.id = "nursing_bed_share", .name_zh = "护理型床位占比", .name_en = "Share of nursing-type beds",
         .kind = nature::rate});
    p.add(nursing_bed_share);
    p.add(at_least(nursing_bed_share, 69_pct, y2026).binding()
              .id("nursing_bed_share.share.2026").text("护理型床位占比不低于69%"),
          "2.8.1");
    const indicator<percent> community_childcare_coverage(
        {.id = "community_childcare_coverage", .name_zh = "社区托育机构覆盖率",
         .name_en = "Coverage of community childcare institutions", .kind = nature::rate});
    p.add(community_childcare_coverage);
    p.add(at_least(community_childcare_coverage, 55_pct, y2026)
              .id("community_childcare_coverage.share.2026").text("社区托育机构覆盖率达55%以上"),
          "2.8.1");
    const indicator<persons_unit> disabled_children_rehab(
        {.id = "disabled_children_rehab", .name_zh = "残疾儿童康复救助",
         .name_en = "Disabled children given rehabilitation aid"});
    p.add(disabled_children_rehab);
    p.add(at_least(disabled_children_rehab, 200.0 * persons, y2026)
              .id("disabled_children_rehab.level.2026").text("为200名残疾儿童提供康复救助"),
          "2.8.1");
    const indicator<persons_unit> disabled_assistive_devices(
        {.id = "disabled_assistive_devices", .name_zh = "残疾人辅助器具适配服务",
         .name_en = "Disabled persons given assistive device fitting"});
    p.add(disabled_assistive_devices);
    p.add(at_least(disabled_assistive_devices, 300.0 * persons, y2026)
              .id("disabled_assistive_devices.level.2026").text("300名残疾人提供辅助器具适配服务"),
          "2.8.1");
    const indicator<households_unit> home_accessibility_renovations(
        {.id = "home_accessibility_renovations", .name_zh = "家庭无障碍改造",
         .name_en = "Home accessibility renovations"});
    p.add(home_accessibility_renovations);
    p.add(at_least(home_accessibility_renovations, 20.0 * households, y2026)
              .id("home_accessibility_renovations.level.2026").text("完成家庭无障碍改造20户"),
          "2.8.1");

    p.add_section("2.8.2", "纵深推进现代化教育医疗强区建设");
    const indicator<items_unit> education_community_member_schools_new(
        {.id = "education_community_member_schools_new", .name_zh = "新增教共体成员校",
         .name_en = "New member schools of education communities"});
    p.add(education_community_member_schools_new);
    p.add(at_least(education_community_member_schools_new, 27.0 * items, y2026)
              .id("education_community_member_schools_new.level.2026").text("新增教共体成员校27个"),
          "2.8.2");
    const indicator<percent> close_edu_community_coverage(
        {.id = "close_edu_community_coverage", .name_zh = "紧密型教共体覆盖率",
         .name_en = "Coverage of close-knit education communities", .kind = nature::rate});
    p.add(close_edu_community_coverage);
    p.add(at_least(close_edu_community_coverage, 85_pct, y2026)
              .id("close_edu_community_coverage.share.2026").text("紧密型教共体覆盖率达到85%以上"),
          "2.8.2");
    const indicator<percent> vocational_program_industry_match(
        {.id = "vocational_program_industry_match", .name_zh = "中职学校专业设置与重点产业匹配度",
         .name_en = "Match of vocational school programmes with key industries", .kind = nature::rate});
    p.add(vocational_program_industry_match);
    p.add(at_least(vocational_program_industry_match, 83_pct, y2026)
              .id("vocational_program_industry_match.share.2026").text("与重点产业匹配度达到83%"),
          "2.8.2");
    const indicator<items_unit> industry_education_consortia(
        {.id = "industry_education_consortia", .name_zh = "区域产教联合体",
         .name_en = "Regional industry-education consortia"});
    p.add(industry_education_consortia);
    p.add(at_least(industry_education_consortia, 4.0 * items, y2026)
              .id("industry_education_consortia.level.2026").text("打造区域产教联合体4个"),
          "2.8.2");
    const indicator<items_unit> high_skill_training_bases(
        {.id = "high_skill_training_bases", .name_zh = "高技能人才培训基地",
         .name_en = "High-skill talent training bases"});
    p.add(high_skill_training_bases);
    p.add(at_least(high_skill_training_bases, 2.0 * items, y2026)
              .id("high_skill_training_bases.level.2026").text("具有品牌效应的高技能人才培训基地2个"),
          "2.8.2");
    const indicator<enterprises_unit> grade_a_primary_medical_institutions(
        {.id = "grade_a_primary_medical_institutions", .name_zh = "甲级基层医疗机构",
         .name_en = "Grade-A primary medical institutions"});
    p.add(grade_a_primary_medical_institutions);
    p.add(at_least(grade_a_primary_medical_institutions, 15.0 * enterprises, y2026)
              .id("grade_a_primary_medical_institutions.level.2026").text("全区甲级基层医疗机构达15家"),
          "2.8.2");
    const indicator<enterprises_unit> community_hospitals(
        {.id = "community_hospitals", .name_zh = "社区医院", .name_en = "Community hospitals"});
    p.add(community_hospitals);
    p.add(at_least(community_hospitals, 12.0 * enterprises, y2026)
              .id("community_hospitals.level.2026").text("社区医院达12家"),
          "2.8.2");
    const indicator<persons_unit> medical_high_level_talent(
        {.id = "medical_high_level_talent", .name_zh = "引进医疗系统高层次人才",
         .name_en = "High-level medical talent recruited"});
    p.add(medical_high_level_talent);
    p.add(at_least(medical_high_level_talent, 67.0 * persons, y2026)
              .id("medical_high_level_talent.level.2026").text("引进医疗系统高层次人才67名"),
          "2.8.2");
    const indicator<persons_unit> shapingba_famous_doctors(
        {.id = "shapingba_famous_doctors", .name_zh = "选育“沙坪坝名医”",
         .name_en = "Shapingba Famous Doctors selected"});
    p.add(shapingba_famous_doctors);
    p.add(at_least(shapingba_famous_doctors, 30.0 * persons, y2026)
              .id("shapingba_famous_doctors.level.2026").text("选育“沙坪坝名医”30名"),
          "2.8.2");
    const indicator<persons_unit> primary_care_backbone_staff(
        {.id = "primary_care_backbone_staff", .name_zh = "选育基层骨干",
         .name_en = "Primary-care backbone staff selected"});
    p.add(primary_care_backbone_staff);
    p.add(at_least(primary_care_backbone_staff, 20.0 * persons, y2026)
              .id("primary_care_backbone_staff.level.2026").text("基层骨干20名"),
          "2.8.2");

    p.add_section("2.8.3", "加快建设高品质生活宜居地");
    const indicator<items_unit> happy_communities(
        {.id = "happy_communities", .name_zh = "“幸福社区”", .name_en = "Happy communities"});
    p.add(happy_communities);
    p.add(at_least(happy_communities, 22.0 * items, y2026)
              .id("happy_communities.level.2026").text("打造“幸福社区”22个"),
          "2.8.3");
    p.add(at_least(quality_life_circles, 2.0 * items, y2026)
              .id("quality_life_circles.level.2026").text("新增2个市级典型“15分钟高品质生活服务圈”"),
          "2.8.3");
    const indicator<items_unit> youth_scenes(
        {.id = "youth_scenes", .name_zh = "青年发展标志性场景", .name_en = "Landmark youth-development scenes"});
    p.add(youth_scenes);
    p.add(more_than(youth_scenes, 20.0 * items, y2026)
              .id("youth_scenes.level.2026").text("青年夜校等标志性场景20余个"),
          "2.8.3");
    const indicator<wan<persons_unit>> volunteer_team_size(
        {.id = "volunteer_team_size", .name_zh = "优质志愿服务队伍规模",
         .name_en = "Size of quality volunteer service teams"});
    p.add(volunteer_team_size);
    p.add(at_least(volunteer_team_size, 20.0 * wan_persons, y2026)
              .id("volunteer_team_size.level.2026").text("建成20万人以上优质志愿服务队伍"),
          "2.8.3");
    const indicator<wan<occurrences_unit>> volunteer_services(
        {.id = "volunteer_services", .name_zh = "志愿服务", .name_en = "Volunteer service activities"});
    p.add(volunteer_services);
    p.add(more_than(volunteer_services, 1.0 * wan_occurrences, y2026)
              .id("volunteer_services.level.2026").text("开展志愿服务1万余次"),
          "2.8.3");

    return p;
}
