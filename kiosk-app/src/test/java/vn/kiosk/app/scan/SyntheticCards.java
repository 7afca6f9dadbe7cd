// Made-up but consistent citizen ID card QR payloads, with the parts a test needs to look for.
package vn.kiosk.app.scan;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

final class SyntheticCards {

    /** One made-up card: the payload and the personal parts that must never show anywhere. */
    record Card(String payload, String id, String oldId, String name, String address, LocalDate birth) {

        int ageAt(LocalDate today) {
            return Period.between(birth, today).getYears();
        }

        /** The payload with one field replaced; fields are counted from 0. */
        String withField(int index, String value) {
            String[] fields = payload.split("\\|", -1);
            fields[index] = value;
            return String.join("|", fields);
        }
    }

    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMyyyy");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Triệu", "Lò", "Giàng");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh",
            "Quốc", "Thuỳ", "Xuân");
    private static final List<String> GIVEN = List.of("Hoa", "Bình", "Cường", "Dũng", "Giang", "Hương", "Lan",
            "Mai", "Phúc", "Quỳnh", "Sơn", "Thảo", "Tuấn", "Yến", "Hoà", "Ánh", "Hằng", "Lụa", "Nguyệt", "Khánh");
    private static final List<String> PLACES = List.of("Thôn Trung Tâm, xã Minh Sơn, tỉnh Thanh Hóa",
            "Bản Pà Cò, xã Hang Kia, tỉnh Phú Thọ", "Số 12 ngõ 5, phường Ba Đình, thành phố Hà Nội",
            "Tổ 3, phường Tân Hà, tỉnh Tuyên Quang");

    private final Random random;
    private final LocalDate today;

    SyntheticCards(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    Card next() {
        LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(365 * 100));
        if (birth.isAfter(today)) {
            birth = today.minusYears(1);
        }
        boolean female = random.nextBoolean();
        int code = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
        String id = String.format("%03d%d%02d%06d", 1 + random.nextInt(96), code, birth.getYear() % 100,
                random.nextInt(1_000_000));
        String oldId = random.nextInt(3) == 0 ? "" : String.format("%09d", 100_000_000 + random.nextInt(899_999_999));
        String name = pick(FAMILY) + " " + (female ? "Thị" : pick(MIDDLE)) + " " + pick(GIVEN);
        String address = pick(PLACES);
        LocalDate issued = birth.plusYears(14).isAfter(today) ? today : birth.plusYears(14)
                .plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - birth.plusYears(14).toEpochDay())));
        String payload = String.join("|", id, oldId, name, birth.format(DDMMYYYY), female ? "Nữ" : "Nam", address,
                issued.format(DDMMYYYY));
        return new Card(payload, id, oldId, name, address, birth);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
