package vn.valuechain.chain.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.chain.ChainData;
import vn.valuechain.chain.ChainDetails;
import vn.valuechain.chain.ChainStatus;
import vn.valuechain.chain.Stage;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.web.RecordForm;

@Data
class ChainForm extends RecordForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Long productId;

    @NotNull(message = "{validation.required}")
    private ChainStatus status = ChainStatus.PLANNED;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate startedOn;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate endedOn;

    /** The units where the chain runs, with their names to show the chosen ones again. */
    private List<Long> unitIds = new ArrayList<>();

    private List<String> unitNames = new ArrayList<>();

    private Set<Stage> requiredStages = EnumSet.copyOf(Stage.defaultRequired());

    private MeasureUnit scaleUnit;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
    private BigDecimal plannedScale;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
    private BigDecimal actualScale;

    private MeasureUnit outputUnit;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
    private BigDecimal plannedOutput;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate outputPeriodFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate outputPeriodTo;

    @Min(value = 0, message = "{validation.notNegative}")
    private Integer householdsPlanned;

    @Min(value = 0, message = "{validation.notNegative}")
    private Integer householdsActual;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetTotal;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetInputs;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetInfrastructure;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetTraining;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetCertification;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetTradePromotion;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 18, fraction = 0, message = "{validation.digits}")
    private BigDecimal budgetConsultancy;

    private boolean labelTraceability;
    private boolean needsNoPurchasedInputs;
    private String description;

    static ChainForm of(ChainDetails details) {
        ChainData d = details.data();
        ChainForm f = new ChainForm();
        f.editing(details.id(), details.version());
        f.setName(d.name());
        f.setProductId(d.productId());
        f.setStatus(d.status());
        f.setStartedOn(d.startedOn());
        f.setEndedOn(d.endedOn());
        f.setUnitIds(new ArrayList<>(
                details.units().stream().map(ChainDetails.UnitLabel::id).toList()));
        f.setUnitNames(new ArrayList<>(
                details.units().stream().map(ChainDetails.UnitLabel::name).toList()));
        f.setRequiredStages(
                d.requiredStages().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(d.requiredStages()));
        f.setScaleUnit(d.scaleUnit());
        f.setPlannedScale(d.plannedScale());
        f.setActualScale(d.actualScale());
        f.setOutputUnit(d.outputUnit());
        f.setPlannedOutput(d.plannedOutput());
        f.setOutputPeriodFrom(d.outputPeriodFrom());
        f.setOutputPeriodTo(d.outputPeriodTo());
        f.setHouseholdsPlanned(d.householdsPlanned());
        f.setHouseholdsActual(d.householdsActual());
        ChainData.Budget b = d.budget();
        f.setBudgetTotal(b.total());
        f.setBudgetInputs(b.inputs());
        f.setBudgetInfrastructure(b.infrastructure());
        f.setBudgetTraining(b.training());
        f.setBudgetCertification(b.certification());
        f.setBudgetTradePromotion(b.tradePromotion());
        f.setBudgetConsultancy(b.consultancy());
        f.setLabelTraceability(d.labelTraceability());
        f.setNeedsNoPurchasedInputs(d.needsNoPurchasedInputs());
        f.setDescription(d.description());
        return f;
    }

    ChainData toData() {
        return new ChainData(
                name,
                productId,
                status,
                startedOn,
                endedOn,
                unitIds,
                requiredStages == null ? EnumSet.noneOf(Stage.class) : requiredStages,
                scaleUnit,
                plannedScale,
                actualScale,
                outputUnit,
                plannedOutput,
                outputPeriodFrom,
                outputPeriodTo,
                householdsPlanned,
                householdsActual,
                budget(),
                labelTraceability,
                needsNoPurchasedInputs,
                description);
    }

    ChainData.Budget budget() {
        return new ChainData.Budget(
                budgetTotal,
                budgetInputs,
                budgetInfrastructure,
                budgetTraining,
                budgetCertification,
                budgetTradePromotion,
                budgetConsultancy);
    }
}
