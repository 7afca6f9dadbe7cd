// One working day at a busy centre, played through the real queue engine: arrivals, calls, service, ratings.
package vn.kiosk.app.report.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.feedback.Feedback;
import vn.kiosk.app.feedback.Rating;
import vn.kiosk.app.feedback.Reason;
import vn.kiosk.app.queue.Channel;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.queue.Outcome;
import vn.kiosk.app.queue.QueueEngine;
import vn.kiosk.app.queue.QueueEvent;
import vn.kiosk.app.queue.Ticket;

/**
 * Opening hours 07:30–11:30 and 13:30–17:00 with a morning peak; each service's share of arrivals
 * matches its counters, turns of about 40 s keep a five-counter centre near its capacity, so
 * queues build at peaks and some tickets expire at the close, as they do in a real centre.
 */
final class SimulatedDay {

    /** Everything the day wrote: audit events with their actor, final tickets, and ratings. */
    record Result(List<Logged> events, List<Ticket> tickets, List<Feedback> ratings) {
    }

    /** An event as the audit log stores it, with who did it. */
    record Logged(QueueEvent event, String actor) {
    }

    private record Step(Instant at, int counter) {
    }

    private static final LocalTime[][] SESSIONS = {
            {LocalTime.of(7, 30), LocalTime.of(11, 30)}, {LocalTime.of(13, 30), LocalTime.of(17, 0)}};
    /** Relative arrivals per hour from 07:00 to 16:00. */
    private static final double[] HOURLY = {0.6, 1.4, 1.5, 1.2, 0.9, 0, 0.4, 1.1, 1.0, 0.7};
    private static final Map<String, Double> SERVICE_MIX = new java.util.TreeMap<>(Map.of("civil", 0.30,
            "certify", 0.12, "land", 0.12, "business", 0.08, "residence", 0.20, "online", 0.18));

    private final CentreSetup setup;
    private final Map<String, List<String>> proceduresByService;
    private final Random random;
    private final ZoneId zone;

    SimulatedDay(CentreSetup setup, Map<String, List<String>> proceduresByService, Random random) {
        this.setup = setup;
        this.proceduresByService = proceduresByService;
        this.random = random;
        this.zone = setup.queue().dayClock().zone();
    }

    Result play(LocalDate day, int arrivals) {
        List<Logged> log = new ArrayList<>();
        Map<String, Ticket> finals = new LinkedHashMap<>();
        List<Feedback> ratings = new ArrayList<>();
        QueueEngine engine = new QueueEngine(setup.queue(), this::token, local(day, LocalTime.of(7, 0)));
        List<Instant> arriving = arrivals(day, arrivals);
        Map<Integer, String> officers = officers();
        PriorityQueue<Step> steps = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
        for (CounterDef c : setup.queue().counters()) {
            steps.add(new Step(local(day, SESSIONS[0][0]).plusSeconds(60 + random.nextInt(120)), c.id()));
        }
        int next = 0;
        Instant close = local(day, SESSIONS[1][1]);
        while (!steps.isEmpty()) {
            Step s = steps.poll();
            while (next < arriving.size() && !arriving.get(next).isAfter(s.at())) {
                issue(engine, arriving.get(next++), log, finals);
            }
            if (!s.at().isBefore(close)) {
                continue; // this counter has gone home
            }
            Instant lunch = local(day, SESSIONS[0][1]);
            if (!s.at().isBefore(lunch) && s.at().isBefore(local(day, SESSIONS[1][0]))) {
                steps.add(new Step(local(day, SESSIONS[1][0]).plusSeconds(random.nextInt(180)), s.counter()));
                continue;
            }
            steps.add(new Step(serve(engine, s, officers.get(s.counter()), log, finals, ratings,
                    next < arriving.size() ? arriving.get(next) : close), s.counter()));
        }
        while (next < arriving.size()) {
            issue(engine, arriving.get(next++), log, finals);
        }
        record(engine.closeDayIfEnded(setup.queue().dayClock().endOf(day).plusSeconds(60)), null, log, finals);
        return new Result(log, List.copyOf(finals.values()), ratings);
    }

    /** One turn of a counter from {@code s.at()}; answers when the counter is free again. */
    private Instant serve(QueueEngine engine, Step s, String officer, List<Logged> log, Map<String, Ticket> finals,
                          List<Feedback> ratings, Instant nextArrival) {
        QueueEngine.Change call = engine.callNext(s.counter(), s.at());
        record(call.events(), officer, log, finals);
        if (call.ticket() == null) {
            Instant later = s.at().plusSeconds(20);
            return nextArrival.isAfter(later) ? nextArrival : later;
        }
        double roll = random.nextDouble();
        if (roll < 0.04) {
            record(engine.recall(s.counter(), s.at().plusSeconds(30)).events(), officer, log, finals);
            Instant gone = s.at().plusSeconds(75);
            record(engine.noShow(s.counter(), gone).events(), officer, log, finals);
            return gone.plusSeconds(3);
        }
        if (roll < 0.06) {
            Instant moved = s.at().plusSeconds(30 + random.nextInt(60));
            List<String> others = setup.queue().services().stream().map(x -> x.id())
                    .filter(id -> !id.equals(call.ticket().serviceId())).toList();
            record(engine.transfer(s.counter(), others.get(random.nextInt(others.size())), moved).events(), officer,
                    log, finals);
            return moved.plusSeconds(3);
        }
        Instant start = s.at().plusSeconds(3 + random.nextInt(8));
        if (random.nextDouble() < 0.7) {
            record(engine.start(s.counter(), start).events(), officer, log, finals);
        } else {
            start = s.at();
        }
        long took = Math.max(10, Math.round(Math.exp(3.3 + 0.4 * random.nextGaussian())));
        Instant done = start.plusSeconds(took);
        QueueEngine.Change completed = engine.complete(s.counter(), outcome(), done);
        record(completed.events(), officer, log, finals);
        if (random.nextDouble() < 0.35) {
            ratings.add(rating(completed.ticket(), done.plusSeconds(20 + random.nextInt(240))));
        }
        return done.plusSeconds(1 + random.nextInt(4));
    }

    private void issue(QueueEngine engine, Instant at, List<Logged> log, Map<String, Ticket> finals) {
        String service = pick(SERVICE_MIX);
        List<String> procedures = proceduresByService.getOrDefault(service, List.of());
        String procedure = !procedures.isEmpty() && random.nextDouble() < 0.6
                ? procedures.get(random.nextInt(procedures.size())) : null;
        double c = random.nextDouble();
        Channel channel = c < 0.92 ? Channel.KIOSK : c < 0.98 ? Channel.STAFF : Channel.API;
        record(engine.issue(service, procedure, random.nextDouble() < 0.12, channel, at).events(),
                channel == Channel.STAFF ? "tiepnhan" : null, log, finals);
    }

    private static void record(List<QueueEvent> events, String actor, List<Logged> log, Map<String, Ticket> finals) {
        for (QueueEvent e : events) {
            log.add(new Logged(e, actor));
            if (e.ticket() != null) {
                finals.put(e.ticket().id(), e.ticket());
            }
        }
    }

    private Feedback rating(Ticket t, Instant at) {
        double r = random.nextDouble();
        Rating rating = r < 0.72 ? Rating.RAT_HAI_LONG : r < 0.93 ? Rating.HAI_LONG : Rating.KHONG_HAI_LONG;
        List<Reason> reasons = new ArrayList<>();
        if (rating == Rating.KHONG_HAI_LONG) {
            Reason[] all = Reason.values();
            reasons.add(all[random.nextInt(all.length)]);
            if (random.nextDouble() < 0.3) {
                Reason second = all[random.nextInt(all.length)];
                if (!reasons.contains(second)) {
                    reasons.add(second);
                }
            }
        }
        return new Feedback(t.id(), t.day(), at, rating, reasons, t.counterId(), t.serviceId(), t.procedureId());
    }

    private Outcome outcome() {
        double r = random.nextDouble();
        return r < 0.45 ? Outcome.RECEIVED_DOSSIER : r < 0.80 ? Outcome.GUIDED_ONLINE
                : r < 0.92 ? Outcome.NEEDS_MORE_DOCUMENTS : Outcome.OTHER;
    }

    /** The day's officers: one per counter, with a colleague standing in on some days. */
    private Map<Integer, String> officers() {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (CounterDef c : setup.queue().counters()) {
            out.put(c.id(), random.nextDouble() < 0.08 ? "canbo" + (6 + random.nextInt(2)) : "canbo" + c.id());
        }
        return out;
    }

    private List<Instant> arrivals(LocalDate day, int n) {
        double total = 0;
        for (double w : HOURLY) {
            total += w;
        }
        List<Instant> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble() * total;
            int h = 0;
            while (r > HOURLY[h]) {
                r -= HOURLY[h++];
            }
            LocalTime t = LocalTime.of(7 + h, 0).plusSeconds(random.nextInt(3600));
            boolean open = false;
            for (LocalTime[] s : SESSIONS) {
                open |= !t.isBefore(s[0]) && t.isBefore(s[1]);
            }
            if (open) {
                out.add(local(day, t));
            } else {
                i--; // before opening or at lunch: draw again
            }
        }
        out.sort(null);
        return out;
    }

    private String pick(Map<String, Double> weights) {
        double r = random.nextDouble();
        String last = null;
        for (var e : weights.entrySet()) {
            last = e.getKey();
            r -= e.getValue();
            if (r < 0) {
                return last;
            }
        }
        return last;
    }

    private String token() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private Instant local(LocalDate day, LocalTime t) {
        return day.atTime(t).atZone(zone).toInstant();
    }
}
