// Every figure the Shapingba report prints, and the arithmetic that ties them
// together, as typed figures: the unit of each figure is a C++ type, lowered to
// the run-time descriptor the audit reads. The same figures are in
// examples/shapingba/data/figures.csv and relations.csv; the tests check that
// both give the same figure book.
//
// Source: 关于重庆市沙坪坝区2025年国民经济和社会发展计划执行情况及2026年计划草案的报告
// (Report on the execution of the 2025 plan and the draft 2026 plan of
// Shapingba District, Chongqing), sections numbered part.chapter.item: 1.3.2 is
// 一、(三) 二是…
#pragma once

#include <plantarget/figures.hpp>
#include <plantarget/published.hpp>
#include <plantarget/units/per_thousand.hpp>
#include <plantarget/units/traits.hpp>

#include <array>
#include <charconv>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace shapingba {

namespace detail {
template <class U> struct is_per_thousand : std::false_type {};
template <class U> struct is_per_thousand<plantarget::units::per_thousand<U>> : std::true_type {};
}  // namespace detail

// The run-time unit of a figure typed U. A count per 1,000 residents has no
// descriptor_of (it is not an indicator unit), so it is named here.
template <class U>
plantarget::units::unit_descriptor descriptor_for() {
    if constexpr (detail::is_per_thousand<U>::value) return plantarget::units::unit_of("个/千人");
    else return plantarget::units::descriptor_of<U>();
}

// A figure's name as the report gives it, and in English.
struct figure_name {
    std::string zh;
    std::string en;
};

// Writes a figure book one printed figure at a time. Figure ids follow the
// data files' convention, <indicator>.<measure>.<year>[.<n>], so the indicator,
// the measure and the period are read from the id; the type argument must suit
// the measure (a growth is a growth_rate, a rank a rank, a share a percent), and
// a mismatch throws, naming the figure. Values are given as printed ("29.5"),
// because the number of decimals is part of the figure.
class figure_book_writer {
public:
    // The report section of the figures that follow ("1.3.2": 一、(三) 二是…).
    void section(std::string number) { section_ = std::move(number); }

    // A 2025 actual as the report states it: comparator word (达, 超, 余, 以上,
    // 以内, 居第, 居前列, or "=" for a plain figure), value as printed (empty
    // for 居前列), the quote it comes from, and its names.
    template <class U>
    void actual(std::string id, std::string comparator, std::string_view value, std::string quote, figure_name name) {
        add<U>(plantarget::figure_role::actual, std::move(id), std::move(comparator), value, std::move(quote),
               std::move(name));
    }
    // A 2026 target, worded the same way.
    template <class U>
    void target(std::string id, std::string comparator, std::string_view value, std::string quote, figure_name name) {
        add<U>(plantarget::figure_role::target, std::move(id), std::move(comparator), value, std::move(quote),
               std::move(name));
    }

    // Relations, with ids made as the data files make them: <kind>.<result>.
    void sum(std::string total, std::vector<std::string> items, std::string note) {
        relate(plantarget::relation_kind::sum, std::move(total), std::move(items), std::move(note));
    }
    void ratio(std::string rate, std::string part, std::string whole, std::string note) {
        relate(plantarget::relation_kind::ratio, std::move(rate), {std::move(part), std::move(whole)},
               std::move(note));
    }
    void completion(std::string rate, std::string actual, std::string note) {
        relate(plantarget::relation_kind::completion, std::move(rate), {std::move(actual)}, std::move(note));
    }
    void growth(std::string rate, std::string level, std::string note) {
        relate(plantarget::relation_kind::growth, std::move(rate), {std::move(level)}, std::move(note));
    }
    void growth_levels(std::string rate, std::string level_now, std::string level_before, std::string note) {
        relate(plantarget::relation_kind::growth_levels, std::move(rate),
               {std::move(level_now), std::move(level_before)}, std::move(note));
    }
    void compound(std::string first_condition, std::string second_condition, std::string note) {
        relate(plantarget::relation_kind::compound, std::move(first_condition), {std::move(second_condition)},
               std::move(note));
    }
    void target_vs_actual(std::string target, std::string last_actual, std::string note) {
        relate(plantarget::relation_kind::target_vs_actual, std::move(target), {std::move(last_actual)},
               std::move(note));
    }
    // A part within its whole; the id names the whole's indicator:
    // ordering.<part>.le.<whole indicator>.
    void ordering(std::string part, std::string whole, std::string note) {
        std::string id = "ordering." + part + ".le." + parse_id(whole).indicator;
        book_.relations.push_back({std::move(id), plantarget::relation_kind::ordering, std::move(part),
                                   {std::move(whole)}, std::move(note)});
    }

    [[nodiscard]] plantarget::figure_book book() && { return std::move(book_); }

private:
    struct id_parts {
        std::string indicator;
        plantarget::figure_measure measure;
        int year;
    };

    static id_parts parse_id(const std::string& id) {
        static constexpr std::array measures{
            plantarget::figure_measure::level,    plantarget::figure_measure::growth,
            plantarget::figure_measure::completion, plantarget::figure_measure::rank,
            plantarget::figure_measure::share,    plantarget::figure_measure::progress,
            plantarget::figure_measure::ratio};
        std::vector<std::string_view> parts;
        for (std::size_t start = 0;;) {
            const std::size_t dot = id.find('.', start);
            parts.emplace_back(std::string_view(id).substr(start, dot - start));
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        for (std::size_t k = 1; k + 1 < parts.size(); ++k) {
            for (const auto m : measures) {
                if (parts[k] != plantarget::to_string(m)) continue;
                int year = 0;
                const std::string_view y = parts[k + 1];
                const auto [end, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
                if (ec != std::errc{} || end != y.data() + y.size() || y.size() != 4) continue;
                std::string indicator(id, 0, static_cast<std::size_t>(parts[k].data() - id.data()) - 1);
                return {std::move(indicator), m, year};
            }
        }
        throw std::invalid_argument("shapingba: figure id '" + id + "' is not <indicator>.<measure>.<year>");
    }

    template <class U>
    static bool suits(plantarget::figure_measure m) {
        using plantarget::figure_measure;
        switch (m) {
            case figure_measure::growth:
            case figure_measure::average_growth: return std::is_same_v<U, plantarget::growth_rate>;
            case figure_measure::rank: return std::is_same_v<U, plantarget::rank>;
            case figure_measure::share:
            case figure_measure::progress:
            case figure_measure::completion: return std::is_same_v<U, plantarget::percent>;
            case figure_measure::ratio: return detail::is_per_thousand<U>::value;
            case figure_measure::level: return plantarget::units::boost_plan_unit<U>;
            case figure_measure::change_pp: return std::is_same_v<U, plantarget::percentage_points>;
        }
        return false;
    }

    template <class U>
    void add(plantarget::figure_role role, std::string id, std::string comparator, std::string_view value,
             std::string quote, figure_name name) {
        const id_parts parts = parse_id(id);
        if (!suits<U>(parts.measure))
            throw std::invalid_argument("shapingba: figure " + id + ": its unit type does not suit a " +
                                        std::string(plantarget::to_string(parts.measure)));
        plantarget::published_figure f;
        f.indicator_id = parts.indicator;
        f.measure = parts.measure;
        f.period = plantarget::period::year(parts.year);
        f.id = std::move(id);
        f.section = section_;
        f.name_zh = std::move(name.zh);
        f.name_en = std::move(name.en);
        f.role = role;
        f.comparator_text = std::move(comparator);
        f.has_value = !value.empty();
        if (f.has_value) {
            // Signs and decimals as printed: "-28.5" is a decline of 28.5 %.
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), f.value.value);
            if (ec != std::errc{} || end != value.data() + value.size())
                throw std::invalid_argument("shapingba: figure " + f.id + ": value '" + std::string(value) +
                                            "' is not a number");
            f.value.decimals = plantarget::published_value::decimals_in(value);
        }
        f.unit = descriptor_for<U>();
        f.quote = std::move(quote);
        book_.figures.push_back(std::move(f));
    }

    void relate(plantarget::relation_kind kind, std::string result, std::vector<std::string> operands,
                std::string note) {
        std::string id = std::string(plantarget::to_string(kind)) + "." + result;
        book_.relations.push_back({std::move(id), kind, std::move(result), std::move(operands), std::move(note)});
    }

    plantarget::figure_book book_;
    std::string section_;
};

}  // namespace shapingba

// The report's 268 figures and 52 relations between them, section by section.
inline plantarget::figure_book build_shapingba_figures() {
    using namespace plantarget;
    using namespace plantarget::units;
    shapingba::figure_book_writer b;

    // 一、2025年国民经济和社会发展计划执行情况: what was done in 2025.
    b.section("1.0");  // 2025年主要经济指标（总述）
    b.actual<growth_rate>("gdp.growth.2025", "=", "4", "2025年GDP增长4%", {"地区生产总值", "GDP"});
    b.actual<yi_yuan_unit>("gdp.level.2025", "突破", "1300", "总量突破1300亿元", {"地区生产总值", "GDP"});
    b.actual<growth_rate>("industrial_value_added.growth.2025", "=", "0.3", "规模以上工业增加值增长0.3%",
                          {"规模以上工业增加值", "Value added of industry above designated size"});
    b.actual<growth_rate>("fixed_asset_investment.growth.2025", "=", "6.9", "固定资产投资总额增长6.9%",
                          {"固定资产投资总额", "Fixed-asset investment"});
    b.actual<growth_rate>("industrial_investment.growth.2025", "=", "22.1", "其中工业投资增长22.1%",
                          {"工业投资", "Industrial investment"});
    b.actual<growth_rate>("district_tax_revenue.growth.2025", "=", "19.3", "区级税收增长19.3%",
                          {"区级税收", "District-level tax revenue"});
    b.actual<growth_rate>("foreign_trade.growth.2025", "=", "6.8", "进出口总额增长6.8%",
                          {"进出口总额", "Total imports and exports"});
    b.actual<growth_rate>("per_capita_disposable_income.growth.2025", "=", "4.7", "全体居民人均可支配收入增长4.7%",
                          {"全体居民人均可支配收入", "Per-capita disposable income of all residents"});

    // 1.1 （一）推动国家战略落实落地，城市发展能级不断提升
    b.section("1.1.1");  // 一是成渝地区双城经济圈主阵地建设纵深推进
    b.actual<items_unit>("major_projects_in_city_plan.level.2025", "=", "6",
                         "其中6个重大项目、重大平台纳入全市总盘子",
                         {"纳入全市总盘子的重大项目、重大平台",
                          "Major projects and platforms included in the municipal programme"});
    b.actual<percent>("chengyu_major_project_investment.completion.2025", "达", "120",
                      "全年双城经济圈重大项目投资完成率达120%",
                      {"双城经济圈重大项目投资完成率",
                       "Completion rate of twin-city economic circle major project investment"});
    b.actual<lines_unit>("joint_tourism_routes.level.2025", "=", "5", "5条精品旅游线路",
                         {"精品旅游线路", "Premium tourism routes launched with Wuhou District"});
    b.actual<lines_unit>("national_tourism_routes.level.2025", "=", "2", "其中2条入选国家级旅游线路",
                         {"入选国家级旅游线路", "Routes selected as national-level tourism routes"});
    b.actual<percent>("chengyu_middle_hsr.progress.2025", "=", "88", "分别完成工程总量88%、67.2%",
                      {"成渝中线高铁（沙区段）工程进度",
                       "Chengdu-Chongqing Middle Line HSR (Shapingba section) progress"});
    b.actual<percent>("yuxi_hsr.progress.2025", "=", "67.2", "分别完成工程总量88%、67.2%",
                      {"渝西高铁（沙区段）工程进度", "Chongqing-Xi'an HSR (Shapingba section) progress"});

    b.section("1.1.2");  // 二是西部陆海新通道发展动能强劲
    b.actual<trains_unit>("intl_freight_trains.level.2025", "达", "4156", "四项通道国际班列开行量达4156列",
                          {"四项通道国际班列开行量", "International freight trains run (four corridors)"});
    b.actual<wan<teu_unit>>("intl_freight_teu.level.2025", "达", "29.5", "运输标箱达29.5万个",
                            {"国际班列运输标箱", "International freight train TEU"});
    b.actual<yi_yuan_unit>("intl_freight_value.level.2025", "达", "675.5", "货值达675.5亿元",
                           {"国际班列货值", "International freight train cargo value"});
    b.actual<rank>("intl_freight_trains.rank.2025", "居第", "1", "均居全市第1",
                   {"四项通道国际班列开行量全市排名", "International freight trains run rank in Chongqing"});
    b.actual<rank>("intl_freight_teu.rank.2025", "居第", "1", "均居全市第1",
                   {"国际班列运输标箱全市排名", "International freight train TEU rank in Chongqing"});
    b.actual<rank>("intl_freight_value.rank.2025", "居第", "1", "均居全市第1",
                   {"国际班列货值全市排名", "International freight train cargo value rank in Chongqing"});
    b.actual<lines_unit>("asean_express_routes.level.2025", "=", "3", "“东盟快班”3条线路实现稳定运行",
                         {"“东盟快班”稳定运行线路", "ASEAN Express routes in stable operation"});
    b.actual<items_unit>("overseas_distribution_centers_new.level.2025", "=", "2", "新增金边等海外分拨中心2个",
                         {"新增海外分拨中心", "New overseas distribution centres"});
    b.actual<batches_unit>("medicine_food_import_batches.level.2025", "=", "3", "等3批产品通关",
                           {"“药食同源”商品通关批次", "Batches of medicine-food homology products cleared"});

    b.section("1.1.3");  // 三是长江经济带高质量发展成效明显
    b.actual<micrograms_per_cubic_metre_unit>("pm25.level.2025", "以下", "28", "PM2.5浓度降至每立方米28微克以下",
                                              {"PM2.5浓度", "PM2.5 concentration"});
    b.actual<rank>("pm25.rank.2025", "居第", "1", "居中心城区第1",
                   {"PM2.5浓度中心城区排名", "PM2.5 concentration rank among central urban districts"});
    b.actual<items_unit>("zero_waste_cells_new.level.2025", "=", "22", "新建“无废城市细胞”22个",
                         {"新建“无废城市细胞”", "New zero-waste city cells"});
    b.actual<percent>("noise_night_compliance.share.2025", "=", "100", "声功能区夜间达标率保持100%",
                      {"声功能区夜间达标率", "Night-time compliance rate of acoustic function zones"});
    b.actual<items_unit>("zero_discharge_villages.level.2025", "=", "4", "建成4个污水“零直排”村",
                         {"污水“零直排”村", "Zero-direct-discharge sewage villages built"});
    b.actual<lines_unit>("rural_black_odorous_water.level.2025", "动态清零", "0", "农村黑臭水体动态清零",
                         {"农村黑臭水体", "Rural black and odorous water bodies"});

    // 1.2 （二）持续构建现代化产业体系，新质生产力加快发展
    b.section("1.2.1");  // 一是先进制造业聚势成群
    b.actual<enterprises_unit>("auto_lead_firms_attracted.level.2025", "=", "62", "头部标杆企业62家",
                               {"招引头部标杆企业", "Leading benchmark firms attracted (auto cluster)"});
    b.actual<items_unit>("auto_key_projects_landed.level.2025", "=", "50", "落地李尔座椅研发中心等50个重点项目",
                         {"落地重点项目（汽车产业）", "Key projects landed (intelligent connected NEV cluster)"});
    b.actual<yi_yuan_unit>("smart_medical_fund.level.2025", "=", "10", "组建10亿元智慧医疗装备专项产业基金",
                           {"智慧医疗装备专项产业基金规模", "Smart medical equipment industry fund size"});
    b.actual<enterprises_unit>("health_lead_firms_attracted.level.2025", "=", "40", "医准智能等40家龙头企业",
                               {"引进龙头企业（生命健康）", "Leading firms attracted (life and health)"});
    b.actual<yi_yuan_unit>("life_health_output.level.2025", "突破", "350", "生命健康产业产值突破350亿元",
                           {"生命健康产业产值", "Life and health industry output"});
    b.actual<growth_rate>("life_health_output.growth.2025", "=", "16.7", "同比增长16.7%",
                          {"生命健康产业产值", "Life and health industry output"});
    b.actual<items_unit>("smart_equipment_projects_completed.level.2025", "=", "8",
                         "建成投运凯傲物流机器人等8个智能装备产业项目",
                         {"建成投运智能装备产业项目", "Smart equipment industry projects completed and operating"});
    b.actual<enterprises_unit>("specialized_sme_new.level.2025", "=", "31", "专精特新企业新增31家",
                               {"新增专精特新企业", "New specialised and sophisticated SMEs"});

    b.section("1.2.2");  // 二是现代生产性服务业扩能提质
    b.actual<items_unit>("software_key_projects_landed.level.2025", "=", "52", "落地帆软软件等52个重点项目",
                         {"落地重点项目（“满天星”计划）", "Key projects landed (Mantianxing software programme)"});
    b.actual<items_unit>("industrial_design_centers.level.2025", "=", "2", "成功创建市级工业设计中心2个",
                         {"市级工业设计中心", "Municipal industrial design centres created"});
    b.actual<enterprises_unit>("professional_service_firms_attracted.level.2025", "=", "13", "专业服务企业13家",
                               {"引进专业服务企业", "Professional service firms attracted"});

    // 1.3 （三）坚持创新驱动、开放引领，比较优势转化为发展胜势
    b.section("1.3.1");  // 一是创新动能加速释放
    b.actual<items_unit>("university_local_platforms.level.2025", "余", "10", "校地合作重点平台10余个",
                         {"校地合作重点平台", "Key university-locality cooperation platforms"});
    b.actual<items_unit>("innovation_ecosystem_tenants.level.2025", "余", "2500", "累计入驻项目团队、企业2500余个",
                         {"环大学创新创业生态圈入驻项目团队、企业",
                          "Project teams and firms in the university innovation ecosystem (cumulative)"});
    b.actual<items_unit>("proof_of_concept_centers.level.2025", "=", "3", "概念验证中心3个",
                         {"概念验证中心", "Proof-of-concept centres built"});
    b.actual<items_unit>("high_value_sci_tech_achievements.level.2025", "=", "20", "20项高价值科技成果就地转化",
                         {"高价值科技成果转化", "High-value sci-tech achievements transferred locally"});
    b.actual<enterprises_unit>("tech_enterprises_new.level.2025", "=", "494", "全年新增科技型企业494家",
                               {"新增科技型企业", "New technology-based enterprises"});
    b.actual<enterprises_unit>("high_tech_enterprises_new.level.2025", "=", "90", "高新技术企业90家",
                               {"新增高新技术企业", "New high-tech enterprises"});
    b.actual<percent>("tech_enterprises_new.completion.2025", "达", "110", "市级任务完成率分别达110%、1500%",
                      {"“双倍增”科技型企业市级任务完成率",
                       "Completion of municipal double-doubling task (tech-based enterprises)"});
    b.actual<percent>("high_tech_enterprises_new.completion.2025", "达", "1500", "市级任务完成率分别达110%、1500%",
                      {"“双倍增”高新技术企业市级任务完成率",
                       "Completion of municipal double-doubling task (high-tech enterprises)"});

    b.section("1.3.2");  // 二是开放经济质效齐升
    b.actual<teu_unit>("cold_chain_meat_import_containers.level.2025", "=", "204", "冷链肉类进口冻柜204标箱",
                       {"冷链肉类进口冻柜", "Cold-chain meat import reefer containers"});
    b.actual<wan_yuan_unit>("cold_chain_meat_import_value.level.2025", "=", "5449", "货值5449万元",
                            {"冷链肉类进口货值", "Cold-chain meat import value"});
    b.actual<wan<vehicles_unit>>("vehicle_import_export.level.2025", "=", "7.6", "整车进出口7.6万辆",
                                 {"整车进出口", "Complete vehicle imports and exports"});
    b.actual<rank>("cold_chain_meat_import_containers.rank.2025", "居第", "1", "品类和数量均居内陆口岸第1",
                   {"冷链肉类进口内陆口岸排名", "Cold-chain meat imports rank among inland ports"});
    b.actual<rank>("vehicle_import_export.rank.2025", "居第", "1", "品类和数量均居内陆口岸第1",
                   {"整车进出口内陆口岸排名", "Complete vehicle import/export rank among inland ports"});
    b.actual<items_unit>("bonded_zone_projects_landed.level.2025", "=", "37", "安碳国际贸易等37个项目成功落地",
                         {"综保区落地项目", "Projects landed in the rail port comprehensive bonded zone"});
    b.actual<yi_yuan_unit>("bonded_import_export.level.2025", "达", "91.1", "实现保税进出口额达91.1亿元",
                           {"保税进出口额", "Bonded imports and exports"});
    b.actual<growth_rate>("bonded_import_export.growth.2025", "=", "148.7", "同比增长148.7%",
                          {"保税进出口额", "Bonded imports and exports"});
    b.actual<rank>("bonded_import_export.rank.2025", "居第", "5", "保税进出口额达91.1亿元、同比增长148.7%、居全国第5",
                   {"保税进出口额全国排名",
                    "Bonded imports and exports rank nationally (type-B bonded logistics centres)"});
    b.actual<items_unit>("investment_task_forces.level.2025", "=", "5", "东盟、非洲、欧洲、美洲、中亚五大招商专班",
                         {"招商专班", "Overseas investment promotion task forces"});
    b.actual<yi_yuan_unit>("foreign_trade.level.2025", "达", "3218.1", "全区外贸进出口总值达3218.1亿元",
                           {"外贸进出口总值", "Total value of foreign trade"});
    b.actual<growth_rate>("foreign_trade.growth.2025.2", "=", "6.8", "全区外贸进出口总值达3218.1亿元、同比增长6.8%",
                          {"外贸进出口总值", "Total value of foreign trade"});

    // 1.4 （四）全面扩投资促消费强改革，内生发展动力不断增强
    b.section("1.4.1");  // 一是有效投资持续扩大
    b.actual<items_unit>("key_projects.level.2025", "=", "207", "全年207个区级重点项目",
                         {"区级重点项目", "District-level key projects"});
    b.actual<yi_yuan_unit>("key_projects_investment.level.2025", "=", "268", "完成投资268亿元",
                           {"区级重点项目完成投资", "Investment completed in district key projects"});
    b.actual<percent>("key_projects_investment.completion.2025", "=", "102", "完成年度投资计划的102%",
                      {"区级重点项目年度投资计划完成率", "Completion of the annual key-project investment plan"});
    b.actual<items_unit>("key_projects_completed.level.2025", "=", "72", "其中72个项目已完工",
                         {"已完工项目", "Key projects completed"});
    b.actual<items_unit>("key_projects_under_construction.level.2025", "=", "129", "129个项目在建",
                         {"在建项目", "Key projects under construction"});
    b.actual<items_unit>("key_projects_preparation.level.2025", "=", "6", "6个项目推进前期工作",
                         {"推进前期工作项目", "Key projects in preparatory work"});
    b.actual<items_unit>("reserve_projects.level.2025", "=", "415", "扎实储备项目415个",
                         {"储备项目", "Projects in reserve"});
    b.actual<yi_yuan_unit>("reserve_projects_investment.level.2025", "=", "1233.8", "总投资1233.8亿元",
                           {"储备项目总投资", "Total investment of reserve projects"});
    b.actual<yi_yuan_unit>("higher_level_funds.level.2025", "=", "88.3", "全年争取到上级资金88.3亿元",
                           {"争取上级资金", "Funds obtained from higher-level governments"});
    b.actual<rank>("central_budget_investment.rank.2025", "居前列", "",
                   "中央预算内投资和超长期特别国债资金均居全市前列",
                   {"中央预算内投资全市排名", "Central budget investment rank in Chongqing"});
    b.actual<rank>("ultra_long_special_bonds.rank.2025", "居前列", "",
                   "中央预算内投资和超长期特别国债资金均居全市前列",
                   {"超长期特别国债资金全市排名", "Ultra-long special treasury bond funds rank in Chongqing"});

    b.section("1.4.2");  // 二是商文旅体发展深度融合
    b.actual<items_unit>("trade_in_retailers.level.2025", "=", "148", "组织148个零售主体",
                         {"参与以旧换新零售主体", "Retailers in the consumer trade-in programme"});
    b.actual<enterprises_unit>("trade_in_stores.level.2025", "余", "800", "800余家线下门店",
                               {"参与以旧换新线下门店", "Physical stores in the consumer trade-in programme"});
    b.actual<yi_yuan_unit>("trade_in_sales.level.2025", "超", "10.4", "拉动销售额超10.4亿元",
                           {"以旧换新拉动销售额", "Sales driven by the trade-in programme"});
    b.actual<growth_rate>("trade_in_sales.growth.2025", "=", "96.2", "同比增长96.2%",
                          {"以旧换新拉动销售额", "Sales driven by the trade-in programme"});
    b.actual<events_unit>("consumption_events.level.2025", "余", "10", "商文旅体特色活动10余场",
                          {"商文旅体特色活动", "Commerce, culture, tourism and sports events"});
    b.actual<growth_rate>("event_area_sales.growth.2025", "超", "10", "有效带动周边业态整体销售额提升超10%",
                          {"活动周边业态整体销售额", "Sales of businesses around the events"});
    b.actual<items_unit>("yuwei360_brands_new.level.2025", "=", "9", "新增“渝味360碗”品牌9个",
                         {"新增“渝味360碗”品牌", "New Yuwei 360 Bowls brands"});
    b.actual<wan<person_visits_unit>>("tourist_visits.level.2025", "=", "5124", "全年累计接待游客5124万人次",
                                      {"接待游客", "Tourist visits received"});
    b.actual<growth_rate>("tourist_visits.growth.2025", "=", "11.5", "同比增长11.5%",
                          {"接待游客", "Tourist visits received"});
    b.actual<wan<person_visits_unit>>("inbound_tourist_visits.level.2025", "=", "40", "其中入境游客40万人次",
                                      {"入境游客", "Inbound tourist visits"});
    b.actual<growth_rate>("inbound_tourist_visits.growth.2025", "以上", "350", "同比增长350%以上",
                          {"入境游客", "Inbound tourist visits"});
    b.actual<yi_yuan_unit>("tourism_spending.level.2025", "=", "257", "旅游总花费257亿元",
                           {"旅游总花费", "Total tourism spending"});
    b.actual<growth_rate>("tourism_spending.growth.2025", "=", "19.2", "同比增长19.2%",
                          {"旅游总花费", "Total tourism spending"});

    b.section("1.4.3");  // 三是重点领域改革稳步推进
    b.actual<enterprises_unit>("soe_key_enterprises_before_merger.level.2025", "=", "6",
                               "6家区属重点企业实质性整合为4家",
                               {"整合前区属重点企业", "District key SOEs before consolidation"});
    b.actual<enterprises_unit>("soe_key_enterprises_after_merger.level.2025", "=", "4",
                               "6家区属重点企业实质性整合为4家",
                               {"整合后区属重点企业", "District key SOEs after consolidation"});
    b.actual<households_unit>("soe_legal_entities_cut.level.2025", "=", "19", "压减企业法人19户",
                              {"压减企业法人", "SOE legal entities eliminated"});
    b.actual<yi_yuan_unit>("soe_market_business_revenue.level.2025", "达", "40", "营业收入达40亿元",
                           {"国企市场化业务营业收入", "SOE market-oriented business revenue"});
    b.actual<yi_yuan_unit>("state_assets_revitalized.level.2025", "=", "119", "全年累计盘活国有资产119亿元",
                           {"盘活国有资产", "State-owned assets revitalised"});
    b.actual<yi_yuan_unit>("state_assets_cash_recovered.level.2025", "=", "50.6", "回收资金50.6亿元",
                           {"回收资金", "Cash recovered from asset revitalisation"});
    b.actual<wan<enterprise_visits_unit>>("enterprise_visits.level.2025", "=", "2.4", "走访企业2.4万家次",
                                          {"走访企业", "Enterprise visits"});
    b.actual<items_unit>("enterprise_issues_resolved.level.2025", "余", "4100", "协调解决各类问题4100余个",
                         {"协调解决各类问题", "Enterprise problems resolved"});
    b.actual<households_unit>("enterprise_net_inflow.level.2025", "余", "4800", "全年企业净流入4800余户",
                              {"企业净流入", "Net inflow of enterprises"});
    b.actual<items_unit>("signed_projects.level.2025", "=", "301", "累计签约项目301个",
                         {"签约项目", "Investment projects signed"});
    b.actual<growth_rate>("signed_projects.growth.2025", "=", "105", "累计签约项目301个、同比增长105%",
                          {"签约项目", "Investment projects signed"});
    b.actual<yi_yuan_unit>("signed_projects_investment.level.2025", "=", "600", "投资总额600亿元",
                           {"签约项目投资总额", "Total investment of signed projects"});
    b.actual<growth_rate>("signed_projects_investment.growth.2025", "=", "27", "投资总额600亿元、同比增长27%",
                          {"签约项目投资总额", "Total investment of signed projects"});

    // 1.5 （五）高水平建设现代化人民城市，城市品质不断提升
    b.section("1.5.1");  // 一是城市智治持续强化
    b.actual<categories_unit>("public_data_catalog.level.2025", "=", "3809", "全区累计编目公共数据3809类",
                              {"编目公共数据", "Public data catalogued (categories)"});
    b.actual<yi<lines_unit>>("public_data_records.level.2025", "达", "3.5", "数据量达3.5亿条",
                             {"公共数据量", "Public data records"});
    b.actual<items_unit>("digital_apps_enabled.level.2025", "=", "44", "赋能市、区两级应用44个",
                         {"赋能市、区两级应用", "Municipal and district applications enabled"});
    b.actual<categories_unit>("sensing_device_types.level.2025", "增长至", "90", "接入感知设备增长至90类",
                              {"接入感知设备类别", "Categories of sensing devices connected"});
    b.actual<wan<items_unit>>("sensing_devices.level.2025", "增长至", "70.7", "接入感知设备增长至90类、70.7万个",
                              {"接入感知设备数量", "Sensing devices connected"});
    b.actual<items_unit>("district_sign_indicators.level.2025", "=", "5036", "区级体征指标5036个",
                         {"区级体征指标", "District-level vital-sign indicators"});
    b.actual<items_unit>("kpi_indicators.level.2025", "=", "1354", "KPI指标1354个", {"KPI指标", "KPI indicators"});
    b.actual<percent>("sign_indicator_threshold_rate.share.2025", "达", "100",
                      "体征指标阈值设置率、可评价KPI占比均达100%",
                      {"体征指标阈值设置率", "Share of vital-sign indicators with thresholds set"});
    b.actual<percent>("evaluable_kpi_share.share.2025", "达", "100", "体征指标阈值设置率、可评价KPI占比均达100%",
                      {"可评价KPI占比", "Share of evaluable KPIs"});
    b.actual<wan<items_unit>>("refined_tasks.level.2025", "=", "1.8", "细化目标任务1.8万个",
                              {"细化目标任务", "Refined target tasks"});
    b.actual<percent>("town_core_business_digitized.share.2025", "=", "100", "镇街核心业务100%纳入数字化管理",
                      {"镇街核心业务纳入数字化管理比例",
                       "Share of town/subdistrict core business under digital management"});

    b.section("1.5.2");  // 二是城市品质有效提升
    b.actual<percent>("rail_line7.progress.2025", "=", "25.3", "分别完成工程总量25.3%、70.1%、23.2%、75%",
                      {"轨道7号线沙区段工程进度", "Rail Line 7 (Shapingba section) progress"});
    b.actual<percent>("rail_line15.progress.2025", "=", "70.1", "分别完成工程总量25.3%、70.1%、23.2%、75%",
                      {"轨道15号线沙区段工程进度", "Rail Line 15 (Shapingba section) progress"});
    b.actual<percent>("rail_line17.progress.2025", "=", "23.2", "分别完成工程总量25.3%、70.1%、23.2%、75%",
                      {"轨道17号线沙区段工程进度", "Rail Line 17 (Shapingba section) progress"});
    b.actual<percent>("rail_line27.progress.2025", "=", "75", "分别完成工程总量25.3%、70.1%、23.2%、75%",
                      {"轨道27号线沙区段工程进度", "Rail Line 27 (Shapingba section) progress"});
    b.actual<percent>("university_town_tunnel2.progress.2025", "达", "88", "大学城复线隧道工程进度达88%",
                      {"大学城复线隧道工程进度", "University Town second tunnel progress"});
    b.actual<wan_square_metres_unit>("old_community_renovation.level.2025", "=", "229",
                                     "全面启动229万平方米老旧小区改造",
                                     {"老旧小区改造", "Old residential community renovation"});
    b.actual<machines_unit>("old_elevator_renovation.level.2025", "=", "778", "778台老旧电梯更新改造",
                            {"老旧电梯更新改造", "Old elevators renewed"});
    b.actual<wan<households_unit>>("renovation_households_benefited.level.2025", "=", "4.5", "惠及居民4.5万户",
                                   {"惠及居民", "Households benefiting from renovation"});
    b.actual<wan_square_metres_unit>("node_beautification_area.level.2025", "=", "11.8", "远怀路等节点11.8万平方米",
                                     {"提质美化节点面积", "Area of upgraded and beautified nodes"});
    b.actual<items_unit>("pocket_parks.level.2025", "=", "3", "建成口袋公园3个", {"口袋公园", "Pocket parks built"});
    b.actual<items_unit>("park_shared_spaces.level.2025", "=", "2", "增设公园绿地共享开放空间2个",
                         {"公园绿地共享开放空间", "Shared open spaces in parks added"});
    b.actual<lines_unit>("greenways_new.level.2025", "=", "2", "新建山城绿道2条",
                         {"新建山城绿道", "New mountain-city greenways"});
    b.actual<items_unit>("road_network_projects_started.level.2025", "=", "9", "开工建设西南医院下穿道等9个路网项目",
                         {"开工路网项目", "Road network projects started"});
    b.actual<lines_unit>("dead_end_roads_connected.level.2025", "=", "4", "打通4条“断头路”",
                         {"打通“断头路”", "Dead-end roads connected"});
    b.actual<items_unit>("traffic_nodes_treated.level.2025", "=", "13", "推进13个交通节点治理",
                         {"交通节点治理", "Traffic nodes treated"});
    b.actual<items_unit>("community_parking_projects.level.2025", "=", "17", "完成17个社区停车综合治理项目",
                         {"社区停车综合治理项目", "Community parking management projects completed"});
    b.actual<items_unit>("small_parking_lots_new.level.2025", "=", "14", "新增14个小微停车场",
                         {"新增小微停车场", "New small parking lots"});
    b.actual<items_unit>("shared_parking_spaces_new.level.2025", "=", "300", "300个错时共享停车位",
                         {"新增错时共享停车位", "New off-peak shared parking spaces"});

    b.section("1.5.3");  // 三是乡村振兴全面推进
    b.actual<kilometres_unit>("rural_roads_new_km.level.2025", "=", "50", "新建“四好农村路”50公里",
                              {"新建“四好农村路”", "New \"Four Good\" rural roads"});
    b.actual<kilometres_unit>("household_access_paths_km.level.2025", "=", "16", "入户便道16公里",
                              {"入户便道", "Household access paths built"});
    b.actual<kilometres_unit>("rural_gas_pipeline_km.level.2025", "=", "9.2", "燃气管网9.2公里",
                              {"新建燃气管网（农村）", "New rural gas pipelines"});
    b.actual<places_unit>("lighting_facilities_new.level.2025", "=", "100", "新增照明设施100处",
                          {"新增照明设施", "New lighting facilities"});
    b.actual<households_unit>("low_income_dilapidated_housing.level.2025", "=", "13", "完成13户低收入群体危房改造",
                              {"低收入群体危房改造", "Dilapidated houses of low-income households renovated"});
    b.actual<items_unit>("bayu_harmonious_villages.level.2025", "=", "10", "新建巴渝和美乡村10个",
                         {"巴渝和美乡村", "Bayu harmonious villages built"});
    b.actual<items_unit>("harmonious_courtyards.level.2025", "=", "20", "和美院落20个",
                         {"和美院落", "Harmonious courtyards built"});
    b.actual<percent>("bayu_harmonious_villages.share.2025", "达", "65", "巴渝和美乡村建成率达65%",
                      {"巴渝和美乡村建成率", "Completion rate of Bayu harmonious villages"});
    b.actual<yi_yuan_unit>("primary_industry_value_added.level.2025", "达", "6.3", "全年第一产业增加值达6.3亿元",
                           {"第一产业增加值", "Primary industry value added"});
    b.actual<growth_rate>("primary_industry_value_added.growth.2025", "=", "4",
                          "全年第一产业增加值达6.3亿元、同比增长4%",
                          {"第一产业增加值", "Primary industry value added"});
    b.actual<rank>("primary_industry_value_added.rank.2025", "居前列", "", "增幅居全市前列",
                   {"第一产业增加值增幅全市排名", "Primary industry value added growth rank in Chongqing"});
    b.actual<mu_unit>("collective_land_revitalized.level.2025", "=", "560", "盘活集体土地560亩",
                      {"盘活集体土地", "Collective land revitalised"});
    b.actual<parcels_unit>("idle_farmhouses_revitalized.level.2025", "=", "20", "闲置农房20宗",
                           {"盘活闲置农房", "Idle farmhouses revitalised"});
    b.actual<square_metres_unit>("rural_premises_revitalized.level.2025", "=", "2400", "厂房门面2400平方米",
                                 {"盘活厂房门面", "Rural workshops and shopfronts revitalised"});
    b.actual<items_unit>("rural_industry_bases_upgraded.level.2025", "=", "10",
                         "完成立翠花与谷等10个产业基地提档升级",
                         {"产业基地提档升级", "Rural industry bases upgraded"});
    b.actual<items_unit>("rural_projects_signed.level.2025", "=", "7", "乐禾农产品供应链等7个项目",
                         {"签约农业项目", "Rural projects signed"});
    b.actual<enterprises_unit>("agri_processing_firms_above_scale.level.2025", "=", "16",
                               "培育规上农产品加工企业16家",
                               {"规上农产品加工企业",
                                "Agricultural processing firms above designated size fostered"});
    b.actual<yi_yuan_unit>("agri_processing_output.level.2025", "超", "10", "加工产值超10亿元",
                           {"农产品加工产值", "Agricultural processing output"});
    b.actual<yi_yuan_unit>("rural_tourism_revenue.level.2025", "达", "4.9", "全年乡村旅游综合收入达到4.9亿元",
                           {"乡村旅游综合收入", "Rural tourism revenue"});
    b.actual<wan<person_visits_unit>>("rural_tourist_visits.level.2025", "=", "463", "接待游客463万人次",
                                      {"乡村旅游接待游客", "Rural tourism visits received"});
    b.actual<growth_rate>("rural_tourism_revenue.growth.2025", "超", "5", "接待游客463万人次，增幅均超5%",
                          {"乡村旅游综合收入增幅", "Rural tourism revenue growth"});
    b.actual<growth_rate>("rural_tourist_visits.growth.2025", "超", "5", "接待游客463万人次，增幅均超5%",
                          {"乡村旅游接待游客增幅", "Rural tourism visits growth"});

    // 1.6 （六）全力解决群众急难愁盼问题，民生福祉持续增进
    b.section("1.6.1");  // 一是公共服务短板加快补齐
    b.actual<items_unit>("quality_life_circles.level.2025", "=", "2", "石井坡街道团结坝社区等2个社区成功创建",
                         {"市级“15分钟高品质生活服务圈”社区",
                          "Communities created as municipal 15-minute quality-life circles"});
    b.actual<items_unit>("education_communities.level.2025", "=", "15", "建成15个教共体",
                         {"教共体", "Education communities built"});
    b.actual<institutions_unit>("education_community_member_schools.level.2025", "达", "70", "成员校达70所",
                                {"教共体成员校", "Member schools of education communities"});
    b.actual<percent>("middle_school_edu_community_coverage.share.2025", "全覆盖", "100", "全区中学实现全覆盖",
                      {"中学教共体覆盖", "Coverage of middle schools by education communities"});
    b.actual<items_unit>("medical_alliances.level.2025", "=", "6", "组建区域医联体6个",
                         {"区域医联体", "Regional medical alliances formed"});
    b.actual<items_unit>("medical_communities.level.2025", "=", "4", "医共体4个",
                         {"医共体", "Medical communities formed"});
    b.actual<percent>("test_result_mutual_recognition.share.2025", "达", "40", "医检互认率达40%",
                      {"医检互认率", "Mutual recognition rate of medical test results"});
    b.actual<wan<person_visits_unit>>("medical_community_platform_beneficiaries.level.2025", "=", "576.2",
                                      "医共体平台惠及576.2万人次",
                                      {"医共体平台惠及人次",
                                       "Person-visits served by the medical community platform"});
    b.actual<enterprises_unit>("community_medical_centers_new.level.2025", "=", "3",
                               "建成投用渝碚路等3家社区医疗服务中心",
                               {"社区医疗服务中心", "Community medical service centres completed"});
    b.actual<items_unit>("new_cultural_spaces.level.2025", "=", "43", "共建共享新型文化空间43个",
                         {"新型文化空间", "New-type cultural spaces"});
    b.actual<items_unit>("affordable_rental_housing_projects_completed.level.2025", "=", "4",
                         "CCB建融家园重庆大学公寓等4个保障性租赁住房项目",
                         {"完工投用保障性租赁住房项目", "Affordable rental housing projects completed"});
    b.actual<items_unit>("affordable_housing_projects_ongoing.level.2025", "=", "4",
                         "星空之城等4个保障性住房项目建设",
                         {"推进保障性住房项目", "Affordable housing projects under construction"});

    b.section("1.6.2");  // 二是社会保障体系逐步完善
    b.actual<events_unit>("job_fairs.level.2025", "=", "142", "举办招聘活动142场",
                          {"招聘活动", "Recruitment events held"});
    b.actual<wan<items_unit>>("jobs_posted.level.2025", "余", "12.5", "发布岗位12.5万余个",
                              {"发布岗位", "Job vacancies posted"});
    b.actual<person_visits_unit>("vocational_training.level.2025", "余", "5900", "开展职业技能培训5900余人次",
                                 {"职业技能培训", "Vocational skills training"});
    b.actual<wan<persons_unit>>("graduates_retained.level.2025", "=", "2.1", "吸引2.1万名高校毕业生",
                                {"吸引高校毕业生“留沙来沙”", "College graduates attracted to stay or come"});
    b.actual<wan<persons_unit>>("urban_jobs_new.level.2025", "=", "3.5", "全年新增城镇就业3.5万人",
                                {"新增城镇就业", "New urban jobs"});
    b.actual<percent>("surveyed_unemployment_rate.share.2025", "以内", "5.5", "调查失业率控制在5.5%以内",
                      {"调查失业率", "Surveyed unemployment rate"});
    b.actual<households_unit>("zero_employment_families.level.2025", "动态清零", "0", "零就业家庭保持动态清零",
                              {"零就业家庭", "Zero-employment families"});
    b.actual<wan<persons_unit>>("medical_insurance_enrollees.level.2025", "=", "85", "基本医疗保险参保85万人",
                                {"基本医疗保险参保", "Basic medical insurance enrollees"});
    b.actual<wan<person_visits_unit>>("medical_insurance_reimbursements.level.2025", "余", "691",
                                      "累计报销691万余人次",
                                      {"医保累计报销人次", "Medical insurance reimbursements (person-times)"});
    b.actual<yi_yuan_unit>("medical_insurance_reimbursement_amount.level.2025", "=", "14", "共计14亿元",
                           {"医保报销金额", "Medical insurance reimbursement amount"});
    b.actual<wan_yuan_unit>("maternity_allowance.level.2025", "近", "9000", "发放生育津贴近9000万元",
                            {"生育津贴发放", "Maternity allowance paid"});
    b.actual<wan<person_visits_unit>>("medical_aid_visits.level.2025", "=", "1.7", "医疗救助对象就医1.7万人次",
                                      {"医疗救助对象就医", "Medical visits by medical aid recipients"});
    b.actual<wan_yuan_unit>("medical_aid_reimbursement.level.2025", "=", "1149.9", "报销1149.9万元",
                            {"医疗救助报销", "Medical aid reimbursement"});
    b.actual<wan<persons_unit>>("pension_insurance_enrollees.level.2025", "=", "42.9", "养老保险参保42.9万人",
                                {"养老保险参保", "Pension insurance enrollees"});
    b.actual<enterprises_unit>("community_canteens.level.2025", "=", "40", "建成40家社区食堂",
                               {"社区食堂", "Community canteens built"});
    b.actual<per_thousand<items_unit>>("childcare_places_per_1000.ratio.2025", "提升至", "4.5",
                                       "每千常住人口托位数提升至4.5个",
                                       {"每千常住人口托位数", "Childcare places per 1,000 residents"});
    b.actual<percent>("affordable_childcare_share.share.2025", "达", "100", "普惠托位占比达100%",
                      {"普惠托位占比", "Share of affordable childcare places"});
    b.actual<titles_unit>("double_support_model_city_titles.level.2025", "=", "7", "荣获“全国双拥模范城”七连冠",
                          {"“全国双拥模范城”连冠", "Consecutive National Double-Support Model City titles"});
    b.actual<places_unit>("friendly_scenes.level.2025", "余", "1500", "打造友好场景1500余处",
                          {"友好场景", "Friendly scenes for new-employment groups"});

    b.section("1.6.3");  // 三是安全底线持续筑牢
    b.actual<cases_unit>("disputes_screened.level.2025", "=", "58", "排查突出信访矛盾纠纷58件",
                         {"排查突出信访矛盾纠纷", "Major petition disputes screened"});
    b.actual<cases_unit>("disputes_resolved.level.2025", "=", "55", "化解55件",
                         {"化解信访矛盾纠纷", "Petition disputes resolved"});
    b.actual<percent>("disputes_resolution_rate.share.2025", "达", "94.8", "化解率达94.8%",
                      {"化解率", "Dispute resolution rate"});
    b.actual<wan<cases_unit>>("public_requests.level.2025", "余", "8.9", "受理群众诉求8.9万余件",
                              {"“民呼我为”平台受理群众诉求",
                               "Public requests received on the Minhu Woewei platform"});
    b.actual<percent>("public_satisfaction.share.2025", "达", "95.2", "群众综合满意率达95.2%",
                      {"群众综合满意率", "Overall public satisfaction rate"});
    b.actual<growth_rate>("public_satisfaction.growth.2025", "=", "8.4", "群众综合满意率达95.2%、同比增长8.4%",
                          {"群众综合满意率", "Overall public satisfaction rate"});
    b.actual<growth_rate>("safety_accidents.growth.2025", "=", "-28.5",
                          "安全生产事故数和死亡人数同比下降28.5%、33.3%",
                          {"安全生产事故数", "Work-safety accidents"});
    b.actual<growth_rate>("safety_deaths.growth.2025", "=", "-33.3", "安全生产事故数和死亡人数同比下降28.5%、33.3%",
                          {"安全生产事故死亡人数", "Work-safety accident deaths"});
    b.actual<households_unit>("urban_dilapidated_housing.level.2025", "=", "2000", "推进2000户城镇CD级危房改造",
                              {"城镇CD级危房改造", "Urban grade C/D dilapidated housing renovation"});
    b.actual<buildings_unit>("self_built_housing_rectified.level.2025", "=", "930", "完成930栋隐患自建房整治",
                             {"隐患自建房整治", "Hazardous self-built houses rectified"});

    // 二、2026年实现国民经济和社会发展计划的重点工作: what is planned for 2026.

    // 2.1 （一）加快推动成渝地区双城经济圈主阵地建设走深走实，全面提升区域发展能级
    b.section("2.1.1");  // 全面落实中心城区强核提能级行动
    b.target<items_unit>("rail_line15_stations_main_done.level.2026", "=", "5", "推动15号线（沙区段）5个站点",
                         {"15号线（沙区段）站点主体完工",
                          "Rail Line 15 (Shapingba section) stations structurally completed"});

    // 2.2 （二）高水平建设制造强区，加快构建现代化产业体系
    b.section("2.2.1");  // 加快构建“1+2+4+N”先进制造业产业体系
    b.target<items_unit>("auto_key_projects_landed.level.2026", "=", "40", "落地安培龙智造基地等40个重点项目",
                         {"落地重点项目（汽车产业）", "Key projects landed (intelligent connected NEV cluster)"});

    b.section("2.2.2");  // 加力推动现代生产性服务业扩能提质
    b.target<items_unit>("star_rated_service_buildings.level.2026", "=", "2", "打造生产性服务业特色“星级”楼宇2个",
                         {"生产性服务业特色“星级”楼宇", "Star-rated producer-service buildings"});
    b.target<items_unit>("software_projects_operational.level.2026", "=", "15", "推动深开鸿鸿蒙系统等15个项目投运",
                         {"投运项目（软信）", "Software projects put into operation"});
    b.target<items_unit>("industrial_design_centers.level.2026", "=", "2", "创建市级工业设计中心2个",
                         {"市级工业设计中心", "Municipal industrial design centres created"});
    b.target<enterprises_unit>("legal_district_institutions.level.2026", "=", "7", "仲裁中心等7家单位",
                               {"国际法务区实体化运行单位",
                                "Institutions operating in the international legal services district"});
    b.target<items_unit>("legal_district_functional_sites.level.2026", "=", "9",
                         "涉外公证服务站等9个功能性站点实体化运行",
                         {"国际法务区功能性站点",
                          "Functional sites operating in the international legal services district"});

    b.section("2.2.3");  // 稳步提升招商引资质效
    b.target<percent>("signed_projects_started.share.2026", "以上", "80", "推动80%以上签约项目落地开工",
                      {"签约项目落地开工比例", "Share of signed projects landed and started"});

    // 2.3 （三）全力争当创新驱动排头兵，推动科技创新与产业创新深度融合
    b.section("2.3.1");  // 持续打造环大学创新创业生态圈
    b.target<items_unit>("high_value_sci_tech_achievements.level.2026", "=", "20", "新转化高价值科技成果20项",
                         {"高价值科技成果转化", "High-value sci-tech achievements transferred"});
    b.target<person_visits_unit>("research_services.level.2026", "=", "100", "科研服务覆盖100人次",
                                 {"科研服务覆盖", "Research services provided"});
    b.target<persons_unit>("high_end_talent_attracted.level.2026", "以上", "100", "引进各重点领域高端人才100人以上",
                           {"引进重点领域高端人才", "High-end talent attracted in key fields"});
    b.target<persons_unit>("new_chongqing_talent_new.level.2026", "以上", "500", "新增新重庆人才500人以上",
                           {"新增新重庆人才", "New \"New Chongqing\" talents"});

    b.section("2.3.2");  // 加快建设高能级创新平台
    b.target<items_unit>("new_rd_institutions.level.2026", "=", "2", "创建区级新型研发机构2个",
                         {"区级新型研发机构", "District-level new-type R&D institutions created"});
    b.target<items_unit>("university_led_innovation_complexes.level.2026", "=", "1",
                         "打造高校主导型产业创新综合体1个",
                         {"高校主导型产业创新综合体", "University-led industrial innovation complexes"});
    b.target<items_unit>("startup_projects_facilitated.level.2026", "=", "30", "促成创新创业项目30个",
                         {"促成创新创业项目", "Innovation and start-up projects facilitated"});

    b.section("2.3.3");  // 不断培育科技创新主体
    b.target<enterprises_unit>("tech_enterprise_pool.level.2026", "=", "500", "将500家区属企业纳入重点培育科技企业库",
                               {"纳入重点培育科技企业库的区属企业",
                                "District firms in the key tech-enterprise cultivation pool"});
    b.target<items_unit>("joint_tech_projects.level.2026", "=", "10", "促成企业联合技术攻关项目10个",
                         {"企业联合技术攻关项目", "Joint enterprise technology projects"});
    b.target<enterprises_unit>("high_tech_enterprises_new.level.2026", "=", "80", "新增高新技术企业80家",
                               {"新增高新技术企业", "New high-tech enterprises"});
    b.target<enterprises_unit>("tech_enterprises_new.level.2026", "以上", "450", "科技型企业450家以上",
                               {"新增科技型企业", "New technology-based enterprises"});

    // 2.4 （四）深入推进内外贸一体化发展，全力融入打造内陆开放综合枢纽
    b.section("2.4.1");  // 不断完善开放通道体系
    b.target<trains_unit>("intl_freight_trains.level.2026", "=", "3800", "全年开行国际班列3800列",
                          {"国际班列开行量", "International freight trains run"});

    b.section("2.4.2");  // 高水平建设运营国际铁路港综保区
    b.target<wan<vehicles_unit>>("yu_vehicles_export.level.2026", "=", "7", "助力“渝车出海”7万辆",
                                 {"“渝车出海”", "Chongqing-made vehicles exported"});
    b.target<items_unit>("bonded_plus_projects_signed.level.2026", "以上", "10", "推动“保税+”项目签约10个以上",
                         {"“保税+”项目签约", "Bonded-plus projects signed"});
    b.target<yi_yuan_unit>("bonded_import_export.level.2026", "超", "120", "实现保税业务进出口额超120亿元",
                           {"保税业务进出口额", "Bonded imports and exports"});
    b.target<growth_rate>("bonded_import_export.growth.2026", "以上", "50", "同比增长50%以上",
                          {"保税业务进出口额", "Bonded imports and exports"});

    b.section("2.4.3");  // 持续深化内外贸一体化发展
    b.target<items_unit>("investment_task_forces.level.2026", "=", "5", "强化五个对外合作招商专班作用发挥",
                         {"对外合作招商专班", "Overseas investment promotion task forces"});
    b.target<items_unit>("african_countries_in_center.level.2026", "=", "10",
                         "加纳等10个国家入驻非洲国家商务合作中心",
                         {"入驻非洲国家商务合作中心的国家", "Countries in the African Business Cooperation Centre"});
    b.target<yi_yuan_unit>("africa_trade.level.2026", "突破", "40", "与非洲贸易额突破40亿元",
                           {"与非洲贸易额", "Trade with Africa"});
    b.target<yi_yuan_unit>("americas_trade.level.2026", "突破", "30", "与美洲贸易额突破30亿元",
                           {"与美洲贸易额", "Trade with the Americas"});
    b.target<items_unit>("central_asia_projects_landed.level.2026", "=", "5", "天津中投等5个项目",
                         {"落地中亚经贸项目", "Central Asia trade projects landed"});

    // 2.5 （五）全力扩投资促消费，促进形成内需主导经济发展模式
    b.section("2.5.2");  // 全力融入国际消费中心城市建设
    b.target<items_unit>("landmark_consumption_scenes.level.2026", "=", "10", "建成标志性消费新场景10个",
                         {"标志性消费新场景", "Landmark new consumption scenes built"});

    b.section("2.5.3");  // 全方位打造世界级旅游目的地
    b.target<items_unit>("intl_exchange_events.level.2026", "=", "5", "等5个国际交流活动",
                         {"国际交流活动", "International exchange events held"});
    b.target<enterprises_unit>("performing_arts_firms_attracted.level.2026", "=", "3", "引入3家演艺企业",
                               {"引入演艺企业", "Performing-arts companies attracted"});

    // 2.6 （六）深化重点领域改革，不断激发高质量发展内生动力
    b.section("2.6.1");  // 持续推动城市治理现代化
    b.target<items_unit>("ai_application_scenarios.level.2026", "=", "2", "具有沙坪坝辨识度的“AI+”应用场景2个",
                         {"“AI+”应用场景", "AI+ application scenarios"});
    b.target<places_unit>("ground_collapse_risks_eliminated.level.2026", "=", "100", "消除100处地面塌陷坑风险",
                          {"消除地面塌陷坑风险", "Ground collapse pit risks eliminated"});
    b.target<percent>("friendly_towns_coverage.share.2026", "全覆盖", "100", "推动新就业群体“友好镇街”实现全覆盖",
                      {"新就业群体“友好镇街”覆盖", "Coverage of \"friendly towns\" for new-employment groups"});

    b.section("2.6.2");  // 加力深化国资国企改革
    b.target<wan_square_metres_unit>("idle_buildings_revitalized.level.2026", "=", "55", "盘活闲置房屋55万平方米",
                                     {"盘活闲置房屋", "Idle buildings revitalised"});
    b.target<mu_unit>("idle_land_revitalized.level.2026", "=", "1000", "闲置土地1000亩",
                      {"盘活闲置土地", "Idle state land revitalised"});

    // 2.7 （七）坚持以城乡融合发展为导向，高水平建设现代化人民城市
    b.section("2.7.1");  // 加快提升城市品质
    b.target<items_unit>("urban_renewal_zones.level.2026", "=", "5", "划分“两中心三基地”五大城市更新片区",
                         {"城市更新片区", "Urban renewal zones delineated"});
    b.target<wan_square_metres_unit>("old_community_renovation.level.2026", "=", "229", "完成229万平方米老旧小区改造",
                                     {"老旧小区改造", "Old residential community renovation"});
    b.target<kilometres_unit>("gas_pipeline_rectified_km.level.2026", "=", "32", "整治32公里燃气管网",
                              {"整治燃气管网", "Gas pipelines rectified"});
    b.target<kilometres_unit>("drainage_pipeline_km.level.2026", "=", "50", "新改建50公里排水管网",
                              {"新改建排水管网", "Drainage pipelines newly built or rebuilt"});
    b.target<lines_unit>("bus_routes_optimized.level.2026", "=", "10", "优化公交线路10条",
                         {"优化公交线路", "Bus routes optimised"});
    b.target<lines_unit>("custom_bus_routes_new.level.2026", "以上", "5", "新增定制公交线路5条以上",
                         {"新增定制公交线路", "New customised bus routes"});

    b.section("2.7.2");  // 全面推进城乡融合
    b.target<items_unit>("bayu_harmonious_villages.level.2026", "=", "9", "建成巴渝和美乡村9个",
                         {"巴渝和美乡村", "Bayu harmonious villages built"});
    b.target<items_unit>("reform_pilot_villages.level.2026", "=", "4", "打造强村富民综合改革试点村4个",
                         {"强村富民综合改革试点村", "Pilot villages for village-strengthening reform"});
    b.target<mu_unit>("collective_land_revitalized.level.2026", "=", "500", "盘活集体土地500亩",
                      {"盘活集体土地", "Collective land revitalised"});
    b.target<parcels_unit>("idle_farmhouses_revitalized.level.2026", "=", "30", "闲置农房30宗",
                           {"盘活闲置农房", "Idle farmhouses revitalised"});
    b.target<items_unit>("rural_industry_bases_upgraded.level.2026", "以上", "5", "优化升级农文旅产业基地5个以上",
                         {"优化升级农文旅产业基地", "Agri-culture-tourism industry bases upgraded"});
    b.target<kilometres_unit>("rural_roads_new_km.level.2026", "=", "50", "新建“四好农村路”50公里",
                              {"新建“四好农村路”", "New \"Four Good\" rural roads"});
    b.target<percent>("rural_delivery_network_coverage.share.2026", "全覆盖", "100",
                      "实施城乡配送网络工程项目全面覆盖",
                      {"城乡配送网络工程项目覆盖", "Coverage of urban-rural delivery network projects"});

    b.section("2.7.3");  // 持续筑牢生态屏障
    b.target<lines_unit>("black_odorous_water_urban_rural.level.2026", "动态清零", "0",
                         "持续巩固城乡黑臭水体动态清零成效",
                         {"城乡黑臭水体", "Urban and rural black and odorous water bodies"});
    b.target<items_unit>("zero_waste_cells_new.level.2026", "=", "15", "力争新建15个“无废城市细胞”",
                         {"新建“无废城市细胞”", "New zero-waste city cells"});

    // 2.8 （八）推动生育友好型城市建设，在发展中保障和改善民生
    b.section("2.8.1");  // 切实兜牢民生底线
    b.target<persons_unit>("skilled_talent_trained.level.2026", "=", "3000", "培育产业急需高素质人才3000人",
                           {"培育产业急需高素质人才", "High-quality talent trained for industry needs"});
    b.target<items_unit>("emerging_jobs_developed.level.2026", "余", "6000", "精准开发新兴领域就业岗位6000余个",
                         {"开发新兴领域就业岗位", "Jobs developed in emerging fields"});
    b.target<households_unit>("zero_employment_families.level.2026", "动态清零", "0", "实现零就业家庭动态清零",
                              {"零就业家庭", "Zero-employment families"});
    b.target<wan<persons_unit>>("urban_jobs_new.level.2026", "以上", "3.5", "确保全年新增就业3.5万人以上",
                                {"新增就业", "New jobs"});
    b.target<percent>("surveyed_unemployment_rate.share.2026", "以内", "5.5", "城镇调查失业率控制在5.5%以内",
                      {"城镇调查失业率", "Surveyed urban unemployment rate"});
    b.target<items_unit>("assisted_reproduction_items_covered.level.2026", "=", "13",
                         "13项辅助生殖类项目纳入医保支付政策落地",
                         {"纳入医保的辅助生殖类项目", "Assisted reproduction items covered by medical insurance"});
    b.target<items_unit>("elderly_care_complexes.level.2026", "=", "1", "打造养老服务综合体1个",
                         {"养老服务综合体", "Elderly care service complexes"});
    b.target<percent>("nursing_bed_share.share.2026", "不低于", "69", "护理型床位占比不低于69%",
                      {"护理型床位占比", "Share of nursing-type beds"});
    b.target<percent>("community_childcare_coverage.share.2026", "以上", "55", "社区托育机构覆盖率达55%以上",
                      {"社区托育机构覆盖率", "Coverage of community childcare institutions"});
    b.target<persons_unit>("disabled_children_rehab.level.2026", "=", "200", "为200名残疾儿童提供康复救助",
                           {"残疾儿童康复救助", "Disabled children given rehabilitation aid"});
    b.target<persons_unit>("disabled_assistive_devices.level.2026", "=", "300", "300名残疾人提供辅助器具适配服务",
                           {"残疾人辅助器具适配服务", "Disabled persons given assistive device fitting"});
    b.target<households_unit>("home_accessibility_renovations.level.2026", "=", "20", "完成家庭无障碍改造20户",
                              {"家庭无障碍改造", "Home accessibility renovations"});

    b.section("2.8.2");  // 纵深推进现代化教育医疗强区建设
    b.target<items_unit>("education_community_member_schools_new.level.2026", "=", "27", "新增教共体成员校27个",
                         {"新增教共体成员校", "New member schools of education communities"});
    b.target<percent>("close_edu_community_coverage.share.2026", "以上", "85", "紧密型教共体覆盖率达到85%以上",
                      {"紧密型教共体覆盖率", "Coverage of close-knit education communities"});
    b.target<percent>("vocational_program_industry_match.share.2026", "达", "83", "与重点产业匹配度达到83%",
                      {"中职学校专业设置与重点产业匹配度",
                       "Match of vocational school programmes with key industries"});
    b.target<items_unit>("industry_education_consortia.level.2026", "=", "4", "打造区域产教联合体4个",
                         {"区域产教联合体", "Regional industry-education consortia"});
    b.target<items_unit>("high_skill_training_bases.level.2026", "=", "2", "具有品牌效应的高技能人才培训基地2个",
                         {"高技能人才培训基地", "High-skill talent training bases"});
    b.target<enterprises_unit>("grade_a_primary_medical_institutions.level.2026", "达", "15",
                               "全区甲级基层医疗机构达15家",
                               {"甲级基层医疗机构", "Grade-A primary medical institutions"});
    b.target<enterprises_unit>("community_hospitals.level.2026", "达", "12", "社区医院达12家",
                               {"社区医院", "Community hospitals"});
    b.target<persons_unit>("medical_high_level_talent.level.2026", "=", "67", "引进医疗系统高层次人才67名",
                           {"引进医疗系统高层次人才", "High-level medical talent recruited"});
    b.target<persons_unit>("shapingba_famous_doctors.level.2026", "=", "30", "选育“沙坪坝名医”30名",
                           {"选育“沙坪坝名医”", "Shapingba Famous Doctors selected"});
    b.target<persons_unit>("primary_care_backbone_staff.level.2026", "=", "20", "基层骨干20名",
                           {"选育基层骨干", "Primary-care backbone staff selected"});

    b.section("2.8.3");  // 加快建设高品质生活宜居地
    b.target<items_unit>("happy_communities.level.2026", "=", "22", "打造“幸福社区”22个",
                         {"“幸福社区”", "Happy communities"});
    b.target<items_unit>("quality_life_circles.level.2026", "=", "2", "新增2个市级典型“15分钟高品质生活服务圈”",
                         {"市级典型“15分钟高品质生活服务圈”", "Municipal model 15-minute quality-life circles"});
    b.target<items_unit>("youth_scenes.level.2026", "余", "20", "青年夜校等标志性场景20余个",
                         {"青年发展标志性场景", "Landmark youth-development scenes"});
    b.target<wan<persons_unit>>("volunteer_team_size.level.2026", "以上", "20", "建成20万人以上优质志愿服务队伍",
                                {"优质志愿服务队伍规模", "Size of quality volunteer service teams"});
    b.target<wan<occurrences_unit>>("volunteer_services.level.2026", "余", "1", "开展志愿服务1万余次",
                                    {"志愿服务", "Volunteer service activities"});


    // The report's own arithmetic, for the audit.

    // A total against its items.
    b.sum("key_projects.level.2025",
          {"key_projects_completed.level.2025", "key_projects_under_construction.level.2025",
           "key_projects_preparation.level.2025"},
          "The 207 district key projects split into 72 completed, 129 under construction and 6 in preparation.");

    // A rate against its parts.
    b.ratio("disputes_resolution_rate.share.2025", "disputes_resolved.level.2025", "disputes_screened.level.2025",
            "Resolution rate 94.8% equals 55 resolved out of 58 disputes screened.");

    // A completion rate against its actual: the plan it implies.
    b.completion("key_projects_investment.completion.2025", "key_projects_investment.level.2025",
                 "Key-project investment of 26.8 billion yuan was 102% of the annual plan; the audit derives the "
                 "plan.");
    b.completion("tech_enterprises_new.completion.2025", "tech_enterprises_new.level.2025",
                 "494 new tech-based enterprises were 110% of the municipal double-doubling task; the audit "
                 "derives the task.");
    b.completion("high_tech_enterprises_new.completion.2025", "high_tech_enterprises_new.level.2025",
                 "90 new high-tech enterprises were 1500% of the municipal double-doubling task; the audit derives "
                 "the task.");

    // A growth rate against its level: the prior-year level it implies.
    b.growth("gdp.growth.2025", "gdp.level.2025",
             "GDP growth of 4% (real) beside the nominal level above 130 billion yuan; implied base is indicative "
             "only.");
    b.growth("life_health_output.growth.2025", "life_health_output.level.2025",
             "Life and health output above 35 billion yuan grew 16.7%.");
    b.growth("bonded_import_export.growth.2025", "bonded_import_export.level.2025",
             "Bonded trade of 9.11 billion yuan grew 148.7%.");
    b.growth("foreign_trade.growth.2025", "foreign_trade.level.2025",
             "Foreign trade growth of 6.8% in the summary refers to the 321.81 billion yuan total reported in "
             "chapter 3.");
    b.growth("foreign_trade.growth.2025.2", "foreign_trade.level.2025",
             "Foreign trade of 321.81 billion yuan grew 6.8%.");
    b.growth("trade_in_sales.growth.2025", "trade_in_sales.level.2025",
             "Trade-in sales above 1.04 billion yuan grew 96.2%.");
    b.growth("tourist_visits.growth.2025", "tourist_visits.level.2025", "51.24 million tourist visits grew 11.5%.");
    b.growth("inbound_tourist_visits.growth.2025", "inbound_tourist_visits.level.2025",
             "400 thousand inbound visits grew by 350% or more.");
    b.growth("tourism_spending.growth.2025", "tourism_spending.level.2025",
             "Tourism spending of 25.7 billion yuan grew 19.2%.");
    b.growth("signed_projects.growth.2025", "signed_projects.level.2025",
             "301 signed projects grew 105% year on year.");
    b.growth("signed_projects_investment.growth.2025", "signed_projects_investment.level.2025",
             "Signed investment of 60 billion yuan grew 27%.");
    b.growth("primary_industry_value_added.growth.2025", "primary_industry_value_added.level.2025",
             "Primary industry value added of 630 million yuan grew 4% (real).");
    b.growth("rural_tourism_revenue.growth.2025", "rural_tourism_revenue.level.2025",
             "Rural tourism revenue of 490 million yuan grew more than 5%.");
    b.growth("rural_tourist_visits.growth.2025", "rural_tourist_visits.level.2025",
             "4.63 million rural tourism visits grew more than 5%.");
    b.growth("public_satisfaction.growth.2025", "public_satisfaction.share.2025",
             "Satisfaction rate of 95.2% grew 8.4% (read as a relative change, not percentage points).");

    // A growth rate against two levels.
    b.growth_levels("bonded_import_export.growth.2026", "bonded_import_export.level.2026",
                    "bonded_import_export.level.2025",
                    "Growth of 50% or more against 120 over 91.1 (31.7%): the two 2026 conditions conflict unless "
                    "the coverage changes.");

    // Two target conditions on one indicator.
    b.compound("bonded_import_export.level.2026", "bonded_import_export.growth.2026",
               "2026 bonded trade target: above 12 billion yuan and growth of 50% or more, in one sentence.");

    // A 2026 target against the 2025 actual of the same measure.
    b.target_vs_actual("auto_key_projects_landed.level.2026", "auto_key_projects_landed.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (40 vs 50).");
    b.target_vs_actual("industrial_design_centers.level.2026", "industrial_design_centers.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (2 vs 2).");
    b.target_vs_actual("high_value_sci_tech_achievements.level.2026", "high_value_sci_tech_achievements.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (20 vs 20).");
    b.target_vs_actual("high_tech_enterprises_new.level.2026", "high_tech_enterprises_new.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (80 vs 90).");
    b.target_vs_actual("tech_enterprises_new.level.2026", "tech_enterprises_new.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (450 vs 494).");
    b.target_vs_actual("intl_freight_trains.level.2026", "intl_freight_trains.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (3800 vs 4156).");
    b.target_vs_actual("bonded_import_export.level.2026", "bonded_import_export.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (120 vs 91.1).");
    b.target_vs_actual("bonded_import_export.growth.2026", "bonded_import_export.growth.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (50 vs 148.7).");
    b.target_vs_actual("investment_task_forces.level.2026", "investment_task_forces.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (5 vs 5).");
    b.target_vs_actual("old_community_renovation.level.2026", "old_community_renovation.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (229 vs 229).");
    b.target_vs_actual("bayu_harmonious_villages.level.2026", "bayu_harmonious_villages.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (9 vs 10).");
    b.target_vs_actual("collective_land_revitalized.level.2026", "collective_land_revitalized.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (500 vs 560).");
    b.target_vs_actual("idle_farmhouses_revitalized.level.2026", "idle_farmhouses_revitalized.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (30 vs 20).");
    b.target_vs_actual("rural_industry_bases_upgraded.level.2026", "rural_industry_bases_upgraded.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (5 vs 10).");
    b.target_vs_actual("rural_roads_new_km.level.2026", "rural_roads_new_km.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (50 vs 50).");
    b.target_vs_actual("zero_waste_cells_new.level.2026", "zero_waste_cells_new.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (15 vs 22).");
    b.target_vs_actual("zero_employment_families.level.2026", "zero_employment_families.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (0 vs 0).");
    b.target_vs_actual("urban_jobs_new.level.2026", "urban_jobs_new.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (3.5 vs 3.5).");
    b.target_vs_actual("surveyed_unemployment_rate.share.2026", "surveyed_unemployment_rate.share.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (5.5 vs 5.5).");
    b.target_vs_actual("quality_life_circles.level.2026", "quality_life_circles.level.2025",
                       "2026 target of the same indicator and measure against its 2025 actual (2 vs 2).");

    // A part within its whole.
    b.ordering("national_tourism_routes.level.2025", "joint_tourism_routes.level.2025",
               "result<=operand: the 2 national-level routes are among the 5 premium routes.");
    b.ordering("inbound_tourist_visits.level.2025", "tourist_visits.level.2025",
               "result<=operand: inbound visits (of which) are part of all tourist visits.");
    b.ordering("rural_tourist_visits.level.2025", "tourist_visits.level.2025",
               "result<=operand: rural tourism visits are assumed part of all tourist visits in the district.");
    b.ordering("rural_tourism_revenue.level.2025", "tourism_spending.level.2025",
               "result<=operand: rural tourism revenue is assumed part of total tourism spending.");
    b.ordering("disputes_resolved.level.2025", "disputes_screened.level.2025",
               "result<=operand: disputes resolved cannot exceed disputes screened.");
    b.ordering("soe_key_enterprises_after_merger.level.2025", "soe_key_enterprises_before_merger.level.2025",
               "result<=operand: consolidation of 6 key SOEs into 4 cannot increase their number.");
    b.ordering("state_assets_cash_recovered.level.2025", "state_assets_revitalized.level.2025",
               "result<=operand: cash recovered is assumed not to exceed the value of assets revitalised.");
    b.ordering("primary_industry_value_added.level.2025", "gdp.level.2025",
               "result<=operand: primary industry value added is a component of GDP (operand is a lower bound).");
    b.ordering("key_projects_completed.level.2025", "key_projects.level.2025",
               "result<=operand: completed key projects are part of all key projects.");

    return std::move(b).book();
}
