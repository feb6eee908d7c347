package io.github.trygg.core.risk;

import java.util.List;
import org.apiguardian.api.API;

/** One cell of a heat map: where it is, its level (and so its colour), and the risks in it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HeatMapCell(int likelihood, int consequence, RiskLevel level, List<String> riskIds) {
  public HeatMapCell {
    riskIds = List.copyOf(riskIds);
  }

  public int count() {
    return riskIds.size();
  }
}
