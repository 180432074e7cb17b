package vn.tdkt.org.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.data.OrgRepository;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;

/** Use cases of the organisation: the unit tree, blocs and their yearly leaders. */
public final class OrgService {

    public static final String F_CODE = "Mã đơn vị";
    public static final String F_NAME = "Tên đơn vị";
    public static final String F_PARENT = "Đơn vị cấp trên";
    public static final String F_BLOC = "Khối thi đua";

    private final Database db;
    private final OrgRepository repo = new OrgRepository();

    public OrgService(Database db) {
        this.db = db;
    }

    /** All units in Vietnamese name order. */
    public List<Unit> units() {
        return repo.units(db.dsl());
    }

    public List<Bloc> blocs() {
        return repo.blocs(db.dsl());
    }

    public List<BlocLeader> blocLeaders() {
        return repo.blocLeaders(db.dsl());
    }

    /** Current headcount per unit id. */
    public Map<Long, Integer> headcounts() {
        return repo.headcounts(db.dsl());
    }

    /** Creates or updates a unit; refuses a taken code, an empty name or a parent that would make a cycle. */
    public Unit saveUnit(Unit draft) {
        Unit u = new Unit(draft.id(), VietnameseText.clean(draft.code()), VietnameseText.clean(draft.name()),
                draft.parentId(), draft.blocId());
        return db.transaction(dsl -> {
            List<Problem> problems = new ArrayList<>();
            if (u.code() == null || u.code().isEmpty()) {
                problems.add(new Problem(null, 0, F_CODE, "chưa nhập mã đơn vị"));
            } else if (repo.codeTaken(dsl, u.code(), u.id())) {
                problems.add(new Problem(null, 0, F_CODE, "mã đơn vị \"" + u.code() + "\" đã có"));
            }
            if (u.name() == null || u.name().isEmpty()) {
                problems.add(new Problem(null, 0, F_NAME, "chưa nhập tên đơn vị"));
            } else if (VietnameseText.looksLegacyEncoded(u.name())) {
                problems.add(new Problem(null, 0, F_NAME, "tên có vẻ đang ở bảng mã cũ (TCVN3/VNI), hãy chuyển sang Unicode"));
            }
            if (u.parentId() != null && u.id() != 0 && createsCycle(repo.units(dsl), u.id(), u.parentId())) {
                problems.add(new Problem(null, 0, F_PARENT, "đơn vị cấp trên không được là chính nó hoặc đơn vị con của nó"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return repo.insertOrUpdate(dsl, u);
        });
    }

    /** Deletes a unit that has no sub-units and no people. */
    public void deleteUnit(long unitId) {
        db.transaction(dsl -> {
            if (repo.hasChildrenOrPeople(dsl, unitId)) {
                throw new ValidationException(List.of(new Problem(null, 0, null,
                        "Không xóa được: đơn vị còn đơn vị trực thuộc hoặc cán bộ.")));
            }
            repo.deleteUnit(dsl, unitId);
            return null;
        });
    }

    public Bloc saveBloc(Bloc draft) {
        Bloc b = new Bloc(draft.id(), VietnameseText.clean(draft.name()));
        return db.transaction(dsl -> {
            if (b.name() == null || b.name().isEmpty()) {
                throw new ValidationException(List.of(new Problem(null, 0, F_BLOC, "chưa nhập tên khối thi đua")));
            }
            if (repo.blocNameTaken(dsl, b.name(), b.id())) {
                throw new ValidationException(List.of(new Problem(null, 0, F_BLOC, "khối \"" + b.name() + "\" đã có")));
            }
            return repo.insertOrUpdate(dsl, b);
        });
    }

    public void setBlocLeader(BlocLeader leader) {
        db.transaction(dsl -> {
            repo.setBlocLeader(dsl, leader);
            return null;
        });
    }

    /** True when making parentId the parent of unitId would close a loop. */
    static boolean createsCycle(List<Unit> units, long unitId, long parentId) {
        Map<Long, Long> parents = new HashMap<>();
        units.forEach(x -> parents.put(x.id(), x.parentId()));
        Set<Long> seen = new HashSet<>();
        Long cur = parentId;
        while (cur != null && seen.add(cur)) {
            if (cur == unitId) {
                return true;
            }
            cur = parents.get(cur);
        }
        return false;
    }
}
