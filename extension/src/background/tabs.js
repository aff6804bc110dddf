// Messages from the background to the content script of one tab.
import { ErrorCode } from '../common/protocol.js';
import { MessageError, request } from '../common/messages.js';

export async function askContent(api, tabId, action, payload = {}, frameId = 0) {
  let answer;
  try {
    answer = await api.tabs.sendMessage(tabId, request(action, payload), { frameId });
  } catch (error) {
    throw new MessageError(ErrorCode.no_content_script, `tab ${tabId} has no Takedown content script: ${error.message}`);
  }
  if (!answer) throw new MessageError(ErrorCode.no_content_script, `tab ${tabId} did not answer "${action}"`);
  if (answer.ok) return answer.result;
  throw new MessageError(answer.error.code, answer.error.message);
}
