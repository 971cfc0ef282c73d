"""Messages of communication in the service encounter (communication.py,
plots/communication.py, questions/communication.py, issue 18).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["communication.label.forbidden"][1]
'忌语'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the phrase checker (communication.py) ----------------------------------------
    "communication.el.greeting": ("Greeting", "问候"),
    "communication.el.acknowledge": ("Acknowledgement or apology", "体谅或致歉"),
    "communication.el.next_step": ("Solution or next step", "解决办法或下一步"),
    "communication.el.thanks": ("Thanks", "致谢"),
    "communication.look.greeting": ("hello, good morning, welcome, dear …; 您好、欢迎、尊敬的……",
                                    "您好、上午好、欢迎、尊敬的……；hello、good morning、dear……"),
    "communication.look.acknowledge": ("sorry, I apologise, I understand, that must be …; 抱歉、让您久等……",
                                       "抱歉、对不起、理解您、让您久等、给您添麻烦……；sorry、I understand……"),
    "communication.look.next_step": ("I will, I'll, let me, you will receive, call you back …; 我来、为您办理……",
                                     "我来、我帮您、马上为您、回电、会在……前……；I will、let me……"),
    "communication.look.thanks": ("thank you, thanks, appreciate; 谢谢、感谢",
                                  "谢谢、感谢、多谢；thank you、thanks"),
    "communication.advice.greeting": ("Open with a greeting (and the customer's name, if you know it).",
                                      "先问候（知道顾客姓名的话，称呼对方）。"),
    "communication.advice.acknowledge": ("Acknowledge what happened to the customer, or apologise for it, before you solve it.",
                                         "在解决问题之前，先体谅顾客的遭遇，或为此致歉。"),
    "communication.advice.next_step": ("Say what you will do next, and by when.",
                                       "说清楚你下一步做什么、什么时候做好。"),
    "communication.advice.thanks": ("Thank the customer (for their patience, for telling you).",
                                    "向顾客致谢（感谢对方的耐心，感谢对方告诉你）。"),
    "communication.label.forbidden": ("forbidden phrase", "忌语"),
    "communication.label.standard": ("standard phrases", "规范用语"),
    "communication.label.neutral": ("neutral", "中性"),
    "communication.group.deflect": ("passing the customer on", "推诿"),
    "communication.group.ignorance": ("not knowing and not finding out", "一问三不知"),
    "communication.group.dismiss": ("dismissing the customer", "搪塞、打发"),
    "communication.group.blame": ("blaming the customer", "指责顾客"),
    "communication.group.rush": ("rushing the customer", "催促顾客"),
    "communication.review.head": ("{score} of {n} required elements found; the reply reads as: {label}",
                                  "找到 {n} 个必备要素中的 {score} 个；这句答复属于：{label}"),
    "communication.review.forbidden": ("✘ forbidden phrase ({group}): {words}",
                                       "✘ 忌语（{group}）：{words}"),
    "communication.review.aid": (
        "This check looks for listed phrases, not meaning: a teaching aid, not a judge. "
        "Read the reply aloud and judge it yourself.",
        "本检查只查找清单中的短语，并不理解含义：它是教学辅助工具，不是裁判。请把答复念出来，由你自己判断。",
    ),
    "communication.err.phrase": ("phrase standard ({where}): {value!r} is not a phrase (give non-empty text)",
                                 "用语标准（{where}）：{value!r} 不是短语（请给出非空文本）"),
    "communication.err.elements": ("the required elements are {found}; a phrase standard needs exactly {expected}",
                                   "必备要素为 {found}；用语标准必须恰好包含 {expected}"),
    "communication.err.value": ("{value!r} is not one of {allowed}", "{value!r} 不在 {allowed} 之中"),
    "communication.err.text": ("a reply must be text, not {value!r}", "答复必须是文本，而不是 {value!r}"),
    "communication.err.frame": ("transcripts must be a table (pandas DataFrame), not {got}",
                                "对话记录必须是表格（pandas DataFrame），而不是 {got}"),
    "communication.err.turn": ("{value!r} is not a turn number (a whole number from 1)",
                               "{value!r} 不是轮次编号（应为从 1 开始的整数）"),
    "communication.err.duplicate": ("turn {turn} of conversation {conversation!r} appears twice",
                                    "对话 {conversation!r} 的第 {turn} 轮出现了两次"),
    "communication.err.sentiment": ("{value!r} is not a sentiment rating (a number from -2 to 2, or empty)",
                                    "{value!r} 不是情绪评分（应为 -2 到 2 之间的数，或留空）"),
    "communication.err.drop": ("drop must be a positive number of rating points, not {value!r}",
                               "drop 必须是正数（评分下降的分值），而不是 {value!r}"),
    "communication.err.conversation": ("no conversation {conversation!r} in the transcripts (the first are {first})",
                                       "对话记录中没有对话 {conversation!r}（前几个是 {first}）"),
    # --- plots (plots/communication.py) -----------------------------------------------
    "communication.channel.window": ("window", "窗口"),
    "communication.channel.hotline": ("hotline", "热线"),
    "communication.channel.chat": ("chat", "在线客服"),
    "communication.channel.email": ("e-mail", "电子邮件"),
    "communication.plot.sentiment": ("customer's sentiment", "顾客情绪"),
    "communication.plot.escalation": ("customer escalates", "顾客升级投诉"),
    "communication.plot.went_wrong": ("went wrong (turn {turn})", "出问题的轮次（第 {turn} 轮）"),
    "communication.plot.with_forbidden": ("with a forbidden phrase", "出现忌语"),
    "communication.plot.without_forbidden": ("without a forbidden phrase", "未出现忌语"),
    "communication.axis.turn": ("Turn", "轮次"),
    "communication.axis.sentiment": ("Customer's sentiment (−2 … +2)", "顾客情绪（−2 … +2）"),
    "communication.axis.escalation": ("Conversations escalated (%)", "升级投诉的对话（%）"),
    "communication.title.conversation": ("Conversation {conversation} ({channel}): the customer's mood turn by turn",
                                         "对话 {conversation}（{channel}）：顾客情绪的逐轮变化"),
    "communication.title.escalation": ("Escalation with and without a forbidden phrase",
                                       "出现与未出现忌语时的升级投诉率"),
    # --- the exercise (questions/communication.py) --------------------------------------
    "communication.bank.labels.unknown": ("“{value}” is not a label; the labels are {labels}.",
                                          "“{value}”不是标签；标签有：{labels}。"),
    "communication.bank.labels.honest": (
        "Reply {n} is an honest “I don't know” followed by a next step, but 我不知道 is on "
        "the forbidden list: the checker reads words, not intentions, and labels it forbidden.",
        "第 {n} 句答复是坦诚的“我不知道”，后面还有下一步，但“我不知道”在忌语清单上：检查器只认"
        "词语、不问用意，所以把它标为 forbidden。"),
    "communication.bank.share.percent": ("Give both shares between 0 and 1 (0.51), not percentages (51).",
                                         "两个比例都请给出 0 到 1 之间的数（0.51），不要用百分数（51）。"),
    "communication.bank.agreement.swapped": ("The two values are swapped: first the share flagged forbidden, then the agreement.",
                                             "两个值的顺序反了：先给被判为忌语的比例，再给一致率。"),
    "communication.bank.agreement.all_turns": (
        "Your denominator includes the customers' turns; count the staff turns only.",
        "你的分母包含了顾客的轮次；只统计员工的轮次。"),
    "communication.bank.agreement.flagged_only": (
        "That is the agreement among the flagged turns only. Agreement counts every staff "
        "turn on which both say the same: both forbidden, or both not.",
        "这只是被标记轮次中的一致程度。一致率要统计所有员工轮次中两者判断相同的情况：都判为忌语，"
        "或都不判为忌语。"),
    "communication.bank.turns.type": ("Give a dict or a Series: conversation → turn, not {got}.",
                                      "请给出字典或 Series（对话 → 轮次），而不是 {got}。"),
    "communication.bank.turns.unknown": ("“{value}” is not a conversation of the transcripts (C001 … C240).",
                                         "“{value}”不是对话记录中的对话（C001 … C240）。"),
    "communication.bank.turns.whole": ("Conversation {conversation}: {value} is not a turn number.",
                                       "对话 {conversation}：{value} 不是轮次编号。"),
    "communication.bank.turns.customer_turn": (
        "Where the mood falls you gave the customer's turn; the rule asks for the staff "
        "member's turn just before it.",
        "在情绪下降的对话中，你给出的是顾客的轮次；规则要的是紧挨在它之前的员工轮次。"),
    "communication.bank.turns.forbidden_only": (
        "You used the forbidden-phrase rule only: {n} conversations without a forbidden "
        "phrase also went wrong, where the customer's mood fell.",
        "你只用了忌语这一条规则：还有 {n} 段对话没有忌语，但顾客情绪下降了，也算出了问题。"),
    "communication.bank.turns.sentiment_only": (
        "You used the mood rule only: {n} conversations have a forbidden phrase that the "
        "mood did not follow down; they went wrong too, by the first rule.",
        "你只用了情绪这一条规则：还有 {n} 段对话出现了忌语，但情绪没有随之下降；按第一条规则，"
        "它们也算出了问题。"),
    "communication.bank.turns.missing": ("{n} conversations that went wrong are missing (the first: {first}).",
                                         "漏掉了 {n} 段出了问题的对话（第一段：{first}）。"),
    "communication.bank.turns.extra": ("{n} conversations in your answer did not go wrong by the two rules (the first: {first}).",
                                       "你的答案中有 {n} 段对话按两条规则并没有出问题（第一段：{first}）。"),
    "communication.bank.turns.wrong": ("{n} of {total} conversations are not right (the first: {first}).",
                                       "{total} 段对话中有 {n} 段不对（第一段：{first}）。"),
    "communication.bank.escalation.swapped": ("The two rates are swapped: with a forbidden phrase first, then without.",
                                              "两个比率的顺序反了：先给出现忌语的，再给未出现忌语的。"),
    "communication.bank.escalation.coder": (
        "That split uses the coder's “forbidden” codes; the task asks for the checker's "
        "labels (label == 'forbidden').",
        "这是按编码员的“forbidden”编码分组的结果；本题要求按检查器的标签分组（label == 'forbidden'）。"),
    "communication.bank.escalation.reversed": (
        "That is the share of escalated conversations that had a forbidden phrase. The task "
        "asks the other way round: of the conversations with a forbidden phrase, how many "
        "escalated?",
        "这是升级投诉的对话中出现忌语的比例。本题问的是反过来的问题：出现忌语的对话中，有多少升级投诉？"),
    "communication.bank.rewrite.empty": ("Write your rewritten reply as text.", "请把改写后的答复写成文本。"),
    "communication.bank.rewrite.unchanged": ("That is the original reply: rewrite it.",
                                             "这是原来的答复：请改写它。"),
    "communication.bank.rewrite.forbidden": ("Your reply still has a forbidden phrase: {words}.",
                                             "你的答复中仍有忌语：{words}。"),
    "communication.bank.rewrite.missing": ("The checker does not find: {missing}.",
                                           "检查器没有找到：{missing}。"),
    "communication.bank.rewrite.short": (
        "Write a real reply, not a list of phrases: at least {words} English words or {chars} "
        "Chinese characters.",
        "请写一句真正的答复，而不是把短语罗列在一起：至少 {words} 个英文单词或 {chars} 个汉字。"),
}
