package org.switchboard.server.soap.internal;

import java.util.UUID;

import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallControlFaultInfo;
import org.switchboard.callcontrol.CallRequest;
import org.switchboard.callcontrol.CallStatus;
import org.switchboard.callcontrol.DtmfRequest;
import org.switchboard.callcontrol.TargetRequest;
import org.switchboard.core.Rule;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ParticipantView;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.TargetSpec;

/**
 * The call-control endpoint: each operation is one action of the core's call model, submitted
 * through {@link ContactCenter#submit} as the agent the token belongs to, so SOAP and REST obey the
 * same rules. Called on CXF's request threads.
 */
public final class CallControlService implements CallControl {

    /** The state reported once the asking agent no longer takes part in the call (after a transfer). */
    static final String LEFT = "LEFT";

    private final ContactCenter center;

    public CallControlService(ContactCenter center) {
        this.center = center;
    }

    @Override
    public CallStatus answer(CallRequest request) throws CallControlFault {
        return act(request, "ANSWER", ActionParams.none());
    }

    @Override
    public CallStatus hold(CallRequest request) throws CallControlFault {
        return act(request, "HOLD", ActionParams.none());
    }

    @Override
    public CallStatus retrieve(CallRequest request) throws CallControlFault {
        return act(request, "RESUME", ActionParams.none());
    }

    @Override
    public CallStatus consult(TargetRequest request) throws CallControlFault {
        return actOnTarget(request, "CONSULT");
    }

    @Override
    public CallStatus transfer(CallRequest request) throws CallControlFault {
        return act(request, "TRANSFER", ActionParams.none());
    }

    @Override
    public CallStatus blindTransfer(TargetRequest request) throws CallControlFault {
        return actOnTarget(request, "BLIND_TRANSFER");
    }

    @Override
    public CallStatus conference(CallRequest request) throws CallControlFault {
        return act(request, "CONFERENCE", ActionParams.none());
    }

    @Override
    public CallStatus sendDtmf(DtmfRequest request) throws CallControlFault {
        ActionParams params = new ActionParams(null, request == null ? null : request.getDigits(), null, null, null,
                null);
        return act(request == null ? null : request.getToken(), request == null ? null : request.getInteractionId(),
                request == null ? null : request.getRequestId(), "SEND_DTMF", params);
    }

    @Override
    public CallStatus release(CallRequest request) throws CallControlFault {
        return act(request, "RELEASE", ActionParams.none());
    }

    @Override
    public CallStatus pauseRecording(CallRequest request) throws CallControlFault {
        return act(request, "PAUSE_RECORDING", ActionParams.none());
    }

    @Override
    public CallStatus resumeRecording(CallRequest request) throws CallControlFault {
        return act(request, "RESUME_RECORDING", ActionParams.none());
    }

    private CallStatus act(CallRequest r, String action, ActionParams params) throws CallControlFault {
        return act(r == null ? null : r.getToken(), r == null ? null : r.getInteractionId(),
                r == null ? null : r.getRequestId(), action, params);
    }

    private CallStatus actOnTarget(TargetRequest r, String action) throws CallControlFault {
        TargetSpec target = r == null ? null
                : new TargetSpec(r.getTargetType() == null ? null : r.getTargetType().name(), r.getTarget());
        ActionParams params = new ActionParams(target, null, null, null, null, null);
        return act(r == null ? null : r.getToken(), r == null ? null : r.getInteractionId(),
                r == null ? null : r.getRequestId(), action, params);
    }

    private CallStatus act(String token, String interactionId, String requestId, String action, ActionParams params)
            throws CallControlFault {
        String agentId = center.agentOf(token == null ? null : token.strip())
                .orElseThrow(() -> fault(ServerRefusal.Reason.UNAUTHORIZED.name(), "The token is not valid."));
        String rid = requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
        try {
            ActionOutcome outcome = center.submit(agentId, interactionId, new ActionCommand(action, params, rid));
            if (outcome.rule() != null) {
                throw fault(outcome.rule(), outcome.message());
            }
            return status(agentId, interactionId, rid);
        } catch (ServerRefusal e) {
            throw fault(e.rule().map(Rule::name).orElse(e.reason().name()), e.getMessage());
        }
    }

    private CallStatus status(String agentId, String interactionId, String requestId) {
        CallStatus status = new CallStatus();
        status.setInteractionId(interactionId);
        status.setRequestId(requestId);
        InteractionView view;
        try {
            view = center.interaction(agentId, interactionId);
        } catch (ServerRefusal gone) {
            status.setState(LEFT);
            status.setRecording("OFF");
            return status;
        }
        status.setState(view.state());
        status.setRecording(view.recording());
        status.setCustomerHeld(view.participants().stream().anyMatch(CallControlService::isHeldCustomer));
        status.getAllowedAction().addAll(view.allowedActions());
        return status;
    }

    private static boolean isHeldCustomer(ParticipantView p) {
        return "CUSTOMER".equals(p.kind()) && p.held();
    }

    private static CallControlFault fault(String rule, String message) {
        String text = message == null ? rule : message;
        return new CallControlFault(text, new CallControlFaultInfo(rule, text));
    }
}
