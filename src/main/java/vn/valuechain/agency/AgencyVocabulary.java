package vn.valuechain.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the agency parser recognises: every agency's name, short name and aliases, and the districts and cities
 * of the plan's province, each under its {@link AgencyWords#key key}.
 */
final class AgencyVocabulary {

    private final Map<String, Set<Long>> agencies = new HashMap<>();
    private final Map<String, Set<Long>> districts = new HashMap<>();
    private final List<Long> ruralDistricts = new ArrayList<>();
    private final List<Long> cities = new ArrayList<>();
    private int longestAgency;
    private int longestDistrict;

    AgencyVocabulary agency(long id, List<String> names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                String key = AgencyWords.key(name);
                if (!key.isEmpty()) {
                    agencies.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
                    longestAgency = Math.max(longestAgency, key.split(" ").length);
                }
            }
        }
        return this;
    }

    /** A district-level unit; "Huyện …" counts among "các huyện", "Thành phố …" among "thành phố". */
    AgencyVocabulary district(long id, String name) {
        List<String> words = AgencyWords.words(name);
        boolean city =
                words.size() > 2 && words.get(0).equals("thanh") && words.get(1).equals("pho");
        boolean rural = !words.isEmpty() && words.get(0).equals("huyen");
        if (city) {
            cities.add(id);
            words = words.subList(2, words.size());
        } else if (rural) {
            ruralDistricts.add(id);
            words = words.subList(1, words.size());
        } else if (words.size() > 2
                && (words.get(0).equals("thi") || words.get(0).equals("quan"))) {
            words = words.subList(words.get(0).equals("thi") ? 2 : 1, words.size());
        }
        String key = String.join(" ", words);
        districts.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        longestDistrict = Math.max(longestDistrict, words.size());
        return this;
    }

    Set<Long> agencies(String key) {
        return agencies.getOrDefault(key, Set.of());
    }

    Set<Long> districts(String key) {
        return districts.getOrDefault(key, Set.of());
    }

    List<Long> ruralDistricts() {
        return ruralDistricts;
    }

    List<Long> cities() {
        return cities;
    }

    int longestAgency() {
        return longestAgency;
    }

    int longestDistrict() {
        return longestDistrict;
    }
}
