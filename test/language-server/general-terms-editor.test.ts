import { describe, it } from 'vitest';
import { expectFormatting, expectHover } from 'langium/test';
import { header, services } from './language-server-services.js';

/** Issue 9, items 4, 5 and 8 in the editor: the formatter lays out the new blocks, hovers explain their keywords. */

const formatting = expectFormatting(services);
const hover = expectHover(services);

async function hoverContains(text: string, ...parts: string[]): Promise<void> {
    for (const part of parts) {
        await hover({ text, index: 0, hover: new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), disposeAfterCheck: true });
    }
}

const messy = `agreement Acme {
    languages de, en
}

party Customer controller {
  name "Customer Ltd"
      acts as processor
  affiliates {
 description de "a" en "b"
        may issue instructions
   may rely on agreement
      rights exercised by each-affiliate
  }
 eu-representative { name "Rep"   country DE }
}

obligations {
    sub-processing {   authorisation general
      list url   "https://vendor.example/subprocessors" }
}

sub-processor aws {
   name "AWS"
     url "https://aws.amazon.com/privacy/"
}

general-terms {
  precedence scc   over dpa over main-contract {
        except de "x" en "y"
  }
 liability as main contract {
   cap fees 12 months
       unlimited for intent ,gross-negligence
  }
      governing-law DE
  courts DE place "Berlin"   exclusive
   term 2 years { survives until data deleted }
 amendment on change of law
    severability {
 text de "a" en "b"
  }
}
`;

const tidy = `agreement Acme {
    languages de, en
}

party Customer controller {
    name "Customer Ltd"
    acts as processor
    affiliates {
        description de "a" en "b"
        may issue instructions
        may rely on agreement
        rights exercised by each-affiliate
    }
    eu-representative { name "Rep" country DE }
}

obligations {
    sub-processing {
        authorisation general
        list url "https://vendor.example/subprocessors"
    }
}

sub-processor aws {
    name "AWS"
    url "https://aws.amazon.com/privacy/"
}

general-terms {
    precedence scc over dpa over main-contract {
        except de "x" en "y"
    }
    liability as main contract {
        cap fees 12 months
        unlimited for intent, gross-negligence
    }
    governing-law DE
    courts DE place "Berlin" exclusive
    term 2 years { survives until data deleted }
    amendment on change of law
    severability {
        text de "a" en "b"
    }
}
`;

describe('formatter', () => {
    it('lays out general terms, affiliates, the EU representative and the URLs', async () => {
        await formatting({ before: messy, after: tidy, disposeAfterCheck: true });
    });

    it('leaves them alone once formatted', async () => {
        await formatting({ before: tidy, after: tidy, disposeAfterCheck: true });
    });
});

describe('hover', () => {
    it('explains precedence with the SCCs’ hierarchy clause', async () => {
        await hoverContains(`${header}general-terms {\n    prece<|>dence scc over dpa\n}\n`, 'Order of precedence', 'SCC 2021/915 Clause 4', 'SCC 2021/915 Klausel 4', 'not legal advice');
    });

    it('explains governing law with Art. 28(3) and the courts without a citation of their own', async () => {
        await hoverContains(`${header}general-terms {\n    governing<|>-law DE\n}\n`, 'Governing law', 'Art. 28(3) GDPR, first sentence', 'Art. 28 Abs. 3 Satz 1 DSGVO');
        await hoverContains(`${header}general-terms {\n    cou<|>rts DE\n}\n`, 'Jurisdiction', 'does not govern this choice');
    });

    it('explains liability, the customer acting as processor and the representative in the Union', async () => {
        await hoverContains(`${header}general-terms {\n    liabi<|>lity as main contract\n}\n`, 'Liability', 'Art. 82 GDPR');
        await hoverContains(`${header}party C controller {\n    ac<|>ts as processor\n}\n`, 'The customer acts as processor', 'Art. 28(4) GDPR', 'Art. 28 Abs. 4 DSGVO');
        await hoverContains(`${header}party V processor {\n    eu-repre<|>sentative { country DE }\n}\n`, 'Representative in the Union', 'Art. 27 GDPR', 'Art. 27 DSGVO');
        await hoverContains(`${header}obligations {\n    sub-processing { li<|>st url "https://x.example/list" }\n}\n`, 'Published list of sub-processors', 'Art. 28(2) GDPR');
        await hoverContains(`${header}sub-processor S {\n    u<|>rl "https://s.example/privacy"\n}\n`, 'Sub-processor page', 'Art. 28(2) and (4) GDPR');
    });
});
